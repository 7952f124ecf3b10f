// The encrypted case file (docs/case-file.md): PBKDF2-HMAC-SHA-256 turns the passphrase into an
// AES-GCM key, with WebCrypto only (no library, nothing leaves the page). 600,000 iterations is
// OWASP's 2023 figure for PBKDF2-SHA-256; case.check refuses fewer, so a file cannot be made
// weaker by editing it. AES-GCM authenticates: a wrong passphrase and a changed byte both end
// in the same OperationError, which the page reports as one message.

export const ITERATIONS = 600000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export class WrongPassphrase extends Error {}

function toBase64(bytes) {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text) {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

// NFC, so a passphrase typed with another input method (or on another system) that yields the
// same characters gives the same key.
async function deriveKey(passphrase, salt, iterations, usage) {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/** The envelope's text for a plain case file's text. */
export async function encryptCase(plainText, passphrase) {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, ITERATIONS, 'encrypt');
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plainText));
  return JSON.stringify({
    format: 'medins-case-encrypted',
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(data),
  }, null, 2);
}

/**
 * The plain text inside an envelope case.check accepted (`checked` is its result, `envelope`
 * the parsed file). Throws WrongPassphrase when AES-GCM's authentication fails.
 */
export async function decryptCase(checked, envelope, passphrase) {
  const key = await deriveKey(passphrase, fromBase64(checked.kdf.salt), checked.kdf.iterations, 'decrypt');
  let plain;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(checked.cipher.iv), tagLength: 128 },
      key, fromBase64(envelope.data));
  } catch (err) {
    if (err?.name === 'OperationError') throw new WrongPassphrase();
    throw err;
  }
  // fatal: bytes that are not UTF-8 cannot have come from an export.
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}
