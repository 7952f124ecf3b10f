// Registers the service worker (../sw.js) for the whole site, so every page works offline after
// the first visit. Loaded by every page; a browser without service workers (or a file:// page)
// simply stays online-only.
// Embedded in a portal (shell/embed.js), offline use is the portal's business: no worker, and no
// second download of every file.
import { embedded } from './embed.js';
import { compiledCore } from './compiled-core.js';

const offlineUse = !embedded && 'serviceWorker' in navigator && location.protocol !== 'file:';
if (offlineUse) {
  whenDownloaded().then(() => navigator.serviceWorker.register(new URL('../sw.js', import.meta.url), { scope: new URL('../', import.meta.url).pathname }))
    .catch((err) => console.warn('medins: offline use is not available', err.message));
}

// Registered once the page's own files are in: the worker's first install fetches every file of
// the site, and on a slow line it would share it with what the page is waiting for. A page that
// has a worker compile the core ahead (shell/preload-core.js) waits for that download too; the
// install then finds the wasm in the HTTP cache and only asks whether it changed, where before a
// first visit downloaded the ~400 KB twice, at the same time.
async function whenDownloaded() {
  if (document.readyState !== 'complete') await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  await compiledCore();
}

// Asks the worker to keep files it keeps only on use (zxing's, ../sw.js ON_USE) because this page
// may need them with no signal: once it is running, so the page's own downloads come first.
export function keepOffline(files) {
  if (!offlineUse) return;
  navigator.serviceWorker.ready
    .then((registration) => registration.active?.postMessage({ type: 'keep', files: files.map(String) }))
    .catch(() => {}); // kept on first use instead
}
