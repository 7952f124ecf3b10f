// Builds the core's region table from data/regions/:
//   admin_divisions.csv  code,name,level,parent_code,note   (3,213 divisions, 2024-12-31)
//   pinyin.tsv           Unihan readings per character
//   place_readings.tsv   readings a place name uses that Unihan lacks (乐亭 lào)
//   place_names_en.tsv   English names with a cited source: the 34 province-level units and
//                        place names whose characters have more than one reading (长沙 Changsha)
// into a C++ source with one 12-byte constant row per division (region/region_table.hpp):
//   {code, name at, English name at, name bytes, English bytes, level, note}
// the texts being offsets into one string pool, the parent the index's parent row, and the
// readings those of the characters (char_readings()) except for the few names that read
// otherwise (乐亭 lào), which keep theirs in the pool: a third of the bytes of a row of pointers,
// in the page's module. The English name is left empty where the reading is not certain (see
// englishName below).
// and, for names that are not divisions (institutions, medins/pinyin.hpp), the readings of every
// URO character of pinyin.tsv by the same rule: one index per code point of U+4E00..U+9FFF into
// a table of distinct reading sets ("chang|zhang"), about 50 KB where a string per character
// would take four times that.
// Readings per character are the primary and the modern-dictionary alternatives (not the
// archaic 汉语大字典-only ones, which would make initials match almost anything), space-separated
// per character, '|' between alternatives.
//   node tools/gen_regions.mjs DATA_DIR OUT.cpp
import fs from 'node:fs';
import path from 'node:path';

const [dataDir, out] = process.argv.slice(2);
if (!dataDir || !out) {
  console.error('usage: node tools/gen_regions.mjs DATA_DIR OUT.cpp');
  process.exit(2);
}
const regionsDir = path.join(dataDir, 'regions');

function fail(message) {
  console.error(`gen_regions: ${message}`);
  process.exit(1);
}

function lines(file) {
  return fs.readFileSync(path.join(regionsDir, file), 'utf8').split('\n').filter((l) => l.length > 0);
}

// Marked pinyin to the ASCII form used in search: tones dropped, ü -> v, ê -> e.
function toAscii(marked) {
  return marked.replace(/ü/g, 'v').replace(/Ü/g, 'v').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const readings = new Map();
const primaryMarked = new Map();  // 绿 -> lǜ, for English names
const [pinyinHeader, ...pinyinRows] = lines('pinyin.tsv');
if (!pinyinHeader.startsWith('codepoint\tchar\tpinyin_marked\tpinyin_ascii\talt_readings')) fail('pinyin.tsv header changed');
for (const row of pinyinRows) {
  const [, ch, marked, primary, alts] = row.split('\t');
  primaryMarked.set(ch, marked);
  const all = [primary, ...(alts ? alts.split('|').map(toAscii) : [])];
  readings.set(ch, [...new Set(all)].filter((r) => /^[a-z]+$/.test(r)));
}

const placeReadings = new Map();  // "code char" -> extra readings
const [placeHeader, ...placeRows] = lines('place_readings.tsv');
if (placeHeader !== 'code\tname\tchar\treading\tsource') fail('place_readings.tsv header changed');
for (const row of placeRows) {
  const [code, name, ch, reading, source] = row.split('\t');
  if (!/^\d{6}$/.test(code) || !name.includes(ch) || !/^[a-z]+$/.test(reading) || !source) {
    fail(`bad place_readings row: ${row}`);
  }
  const key = `${code} ${ch}`;
  placeReadings.set(key, [...(placeReadings.get(key) ?? []), reading]);
}

const englishNames = new Map();  // code -> curated English name
const [enHeader, ...enRows] = lines('place_names_en.tsv');
if (enHeader !== 'code\tname\tenglish\tconfidence\tsource') fail('place_names_en.tsv header changed');
for (const row of enRows) {
  const [code, name, english, confidence, source] = row.split('\t');
  if (!/^\d{6}$/.test(code) || !name || !/^[A-Z][A-Za-z' ]+$/.test(english) || !['high', 'medium'].includes(confidence) || !source) {
    fail(`bad place_names_en row: ${row}`);
  }
  if (englishNames.has(code)) fail(`place_names_en: ${code} twice`);
  englishNames.set(code, { name, english });
}

// English place names. Where the name is not curated, it is the pinyin of the name without its
// administrative suffix (深圳市 -> Shenzhen), and only where that reading is certain: every
// character has exactly one reading in the data. A polyphonic character (长, 重, 厦, 乐...) makes
// the name Chinese-only rather than risk a wrong reading. Names in Inner Mongolia, Tibet and
// Xinjiang and names of autonomous prefectures and counties are often transcriptions from
// Mongolian, Tibetan, Uyghur and other languages whose English form is not the pinyin of the
// characters (乌鲁木齐 is Urumqi, not Wulumuqi), so they are Chinese-only unless curated; so are
// names that carry an ethnic group (梅里斯达斡尔族区).
const SUFFIXES = ['自治州', '自治县', '自治旗', '新区', '林区', '特区', '地区', '市', '县', '区', '盟', '旗'];
const MINORITY_LANGUAGE_PROVINCES = new Set(['15', '54', '65']);
const stripTone = (marked) => marked.normalize('NFD').replace(/[\u0300\u0301\u0304\u030c]/g, '').normalize('NFC');
function englishName(code, name) {
  const curated = englishNames.get(code);
  if (curated) return curated.english;
  if (MINORITY_LANGUAGE_PROVINCES.has(code.slice(0, 2)) || name.includes('自治') || name.includes('族')) return '';
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  let stem = suffix ? name.slice(0, -suffix.length) : name;
  if ([...stem].length === 1) stem = name;  // 涉县 -> Shexian: a one-character stem keeps its suffix
  const syllables = [];
  for (const ch of stem) {
    const r = readings.get(ch) ?? [];
    if (r.length !== 1 || placeReadings.has(`${code} ${ch}`)) return '';
    syllables.push(stripTone(primaryMarked.get(ch)).toLowerCase());
  }
  // Xi'an, Dong'e: an apostrophe where a syllable starting with a, o or e follows another.
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const levels = { province: 'kProvince', prefecture: 'kPrefecture', county: 'kCounty' };
const notes = { '': 'kNone', municipality: 'kMunicipality', sar: 'kSar', taiwan: 'kTaiwan', province_direct: 'kProvinceDirect' };
const [csvHeader, ...csvRows] = lines('admin_divisions.csv');
if (csvHeader !== 'code,name,level,parent_code,note') fail('admin_divisions.csv header changed');

const rows = csvRows.map((row) => {
  const fields = row.split(',');
  if (fields.length !== 5) fail(`unexpected CSV row (quoting is not expected here): ${row}`);
  const [code, name, level, parent, note] = fields;
  if (!/^\d{6}$/.test(code) || !(level in levels) || !(note in notes) || !/^(\d{6})?$/.test(parent)) {
    fail(`bad row: ${row}`);
  }
  const perChar = [...name].map((ch) => {
    const r = [...(readings.get(ch) ?? []), ...(placeReadings.get(`${code} ${ch}`) ?? [])];
    if (r.length === 0) fail(`no reading for ${ch} in ${name}`);
    return [...new Set(r)].join('|');
  });
  const curated = englishNames.get(code);
  if (curated && curated.name !== name) fail(`place_names_en: ${code} is ${name}, not ${curated.name}`);
  return { code: Number(code), parent: parent ? Number(parent) : 0, level, note, name, pinyin: perChar.join(' '), english: englishName(code, name) };
});
rows.sort((a, b) => a.code - b.code);
for (let i = 1; i < rows.length; i++) if (rows[i].code === rows[i - 1].code) fail(`duplicate code ${rows[i].code}`);
const codes = new Set(rows.map((r) => r.code));
for (const r of rows) if (r.parent && !codes.has(r.parent)) fail(`${r.code} has unknown parent ${r.parent}`);
for (const code of englishNames.keys()) if (!codes.has(Number(code))) fail(`place_names_en: unknown code ${code}`);

// The per-character reading sets of the URO block (U+4E00..U+9FFF), for char_readings() and to
// tell which names read as their characters do: those store no readings of their own.
const firstCp = 0x4e00, lastCp = 0x9fff;
const charReadingsOf = (ch) => {
  const cp = ch.codePointAt(0);
  const r = readings.get(ch) ?? [];
  return cp < firstCp || cp > lastCp || r.length === 0 ? '' : r.join('|');
};

// One string pool for every name, English name and stored reading (offsets fit in 16 bits:
// checked below); a text used twice is stored once.
let pool = '';
const poolAt = new Map();
const poolBytes = (text) => Buffer.byteLength(text, 'utf8');
function intern(text) {
  if (text === '') return 0;
  if (!poolAt.has(text)) {
    const at = poolBytes(pool);
    poolAt.set(text, at);
    pool += text;
  }
  return poolAt.get(text);
}
const ownReadings = [''];  // index 0: none (the name reads as its characters)
const rowFields = rows.map((r) => {
  const derived = [...r.name].map(charReadingsOf).join(' ');
  let own = 0;
  if (derived !== r.pinyin) {
    own = ownReadings.length;
    ownReadings.push(r.pinyin);
  }
  return { nameAt: intern(r.name), englishAt: intern(r.english), own };
});
const ownAt = ownReadings.map((t) => intern(t));
if (poolBytes(pool) > 0xffff) fail('the string pool outgrew 16-bit offsets');

let src = '// Generated by tools/gen_regions.mjs from data/regions/; do not edit.\n';
src += '#include "region/region_table.hpp"\n#include "region/region_index.hpp"\n#include "region/pinyin.hpp"\n\n#include <cstdint>\n\nnamespace medins {\nnamespace {\n\n';
src += 'static_assert(sizeof(RegionRow) == 12, "a row is 12 bytes: its texts are offsets into kStrings");\n\n';
// The pool as one literal in lines of 40 characters (UTF-8 as is; JSON's escapes are C's here).
src += 'constexpr char kStrings[] =\n';
const poolChars = [...pool];
for (let i = 0; i < poolChars.length; i += 40) src += `    ${JSON.stringify(poolChars.slice(i, i + 40).join(''))}\n`;
src += '    "";\n\n';
src += 'constexpr RegionRow kRows[] = {\n';
rows.forEach((r, i) => {
  const f = rowFields[i];
  src += `    {${r.code}, ${f.nameAt}, ${f.englishAt}, ${poolBytes(r.name)}, ${poolBytes(r.english)}, RegionLevel::${levels[r.level]}, RegionNote::${notes[r.note]}},\n`;
  if (poolBytes(r.name) > 0xff || poolBytes(r.english) > 0xff) fail(`${r.code}: a text longer than 255 bytes`);
});
src += '};\n\n';
// The rows whose readings are not their characters' (乐亭县: 乐 also lào), by row number.
src += 'struct OwnReadings {\n  std::uint16_t row;\n  std::uint16_t at;\n  std::uint16_t size;\n};\n';
src += `constexpr OwnReadings kOwnReadings[] = {\n`;
rowFields.forEach((f, i) => {
  if (f.own) src += `    {${i}, ${ownAt[f.own]}, ${poolBytes(ownReadings[f.own])}},\n`;
});
src += '    {0xFFFF, 0, 0},\n};\n\n';

// The search index (region/region_index.hpp): what lets region.search look at a few rows per
// query instead of all of them. Built here so the page's module starts with it ready, nothing to
// parse. Per row: the parent's row and the end of its subtree (the table is in code order, so a
// division's descendants follow it without a gap; checked here), which letters its readings use
// and which characters it has (as bits), and posting lists: for each letter, the rows with a
// character read with that initial; for each of 256 buckets of characters (code point mod 256),
// the rows with such a character.
const kNoParent = 0xffff;
if (rows.length >= kNoParent) fail('too many rows for 16-bit row indices');
const indexOf = new Map(rows.map((r, i) => [r.code, i]));
const parentIndex = rows.map((r) => (r.parent ? indexOf.get(r.parent) : kNoParent));
const subtreeEnd = rows.map((r, i) => {
  let end = i + 1;
  const isAncestor = (j) => { for (let a = parentIndex[j]; a !== kNoParent; a = parentIndex[a]) if (a === i) return true; return false; };
  while (end < rows.length && isAncestor(end)) end += 1;
  return end;
});
rows.forEach((r, i) => {
  for (let a = parentIndex[i]; a !== kNoParent; a = parentIndex[a]) {
    if (i >= subtreeEnd[a]) fail(`${r.code} is not next to the other divisions under ${rows[a].code}`);
  }
});
const letterBit = (c) => 1 << (c.charCodeAt(0) - 97);
const charBucket = (ch) => ch.codePointAt(0) % 256;
const charBit = (ch) => (1 << (ch.codePointAt(0) % 32)) >>> 0;
const letterMasks = [];
const charMasks = [];
const postings = Array.from({ length: 26 + 256 }, () => []);
rows.forEach((r, i) => {
  let letters = 0;
  let chars = 0;
  const keys = new Set();
  const perChar = r.pinyin.split(' ');
  [...r.name].forEach((ch, k) => {
    chars = (chars | charBit(ch)) >>> 0;
    keys.add(26 + charBucket(ch));
    for (const reading of perChar[k].split('|')) {
      keys.add(reading.charCodeAt(0) - 97);
      for (const c of reading) letters = (letters | letterBit(c)) >>> 0;
    }
  });
  letterMasks.push(letters);
  charMasks.push(chars);
  for (const key of keys) postings[key].push(i);
});
// Each list as varint deltas: a row's distance from the one before it in the list (from row 0
// for the first), 7 bits a byte, the high bit set on all but the last byte of a number. Most
// distances are under 128, so a posting takes one byte instead of two.
const postingBytes = [];
const postingStart = [0];
for (const list of postings) {
  let previous = 0;
  for (const row of list) {
    let delta = row - previous;
    previous = row;
    while (delta >= 0x80) {
      postingBytes.push((delta & 0x7f) | 0x80);
      delta >>= 7;
    }
    postingBytes.push(delta);
  }
  postingStart.push(postingBytes.length);
}
if (postingBytes.length > 0xffff) fail('the posting lists outgrew 16-bit offsets');
const numbers = (name, type, values) => {
  let text = `constexpr ${type} ${name}[${values.length}] = {\n`;
  for (let i = 0; i < values.length; i += 16) text += `    ${values.slice(i, i + 16).join(', ')},\n`;
  return `${text}};\n\n`;
};
src += numbers('kParentRow', 'std::uint16_t', parentIndex);
src += numbers('kSubtreeEnd', 'std::uint16_t', subtreeEnd);
src += numbers('kLetterMask', 'std::uint32_t', letterMasks.map((m) => `0x${m.toString(16)}u`));
src += numbers('kCharMask', 'std::uint32_t', charMasks.map((m) => `0x${m.toString(16)}u`));
src += numbers('kPostingStart', 'std::uint16_t', postingStart);
src += numbers('kPostings', 'std::uint8_t', postingBytes);

// Per-character readings for medins::char_readings().
// The URO block only: Extension A characters (U+3400..U+4DBF) are rare in institution names (one
// is still found when typed as a character, not by pinyin); leaving them out keeps about 13 KB
// out of the page's module.
const sets = [''];  // index 0: no reading
const setIndex = new Map([['', 0]]);
const perCp = new Array(lastCp - firstCp + 1).fill(0);
for (const [ch, r] of readings) {
  const cp = ch.codePointAt(0);
  if (cp < firstCp || cp > lastCp || r.length === 0) continue;
  const key = r.join('|');
  if (!setIndex.has(key)) { setIndex.set(key, sets.length); sets.push(key); }
  perCp[cp - firstCp] = setIndex.get(key);
}
if (sets.length > 65535) fail('too many distinct reading sets for 16-bit indices');
// The sets as one text, each set from its offset to the next one's (16 bits: checked).
let setText = '';
const setAt = [];
for (const set of sets) {
  setAt.push(setText.length);
  setText += set;
}
setAt.push(setText.length);
if (setText.length > 0xffff) fail('the reading sets outgrew 16-bit offsets');
src += 'constexpr char kReadingText[] =\n';
for (let i = 0; i < setText.length; i += 90) src += `    ${JSON.stringify(setText.slice(i, i + 90))}\n`;
src += '    "";\n\n';
src += numbers('kReadingSetAt', 'std::uint16_t', setAt);
src += `constexpr char32_t kFirstReadingCp = 0x${firstCp.toString(16)};\n`;
src += `constexpr std::uint16_t kCharReadings[${perCp.length}] = {\n`;
for (let i = 0; i < perCp.length; i += 24) src += `    ${perCp.slice(i, i + 24).join(', ')},\n`;
src += '};\n\n';
src += `}  // namespace\n\nRegionTable region_table() { return {kRows, ${rows.length}}; }\n\n`;
src += 'std::string_view RegionRow::name() const { return {kStrings + name_at, name_size}; }\n\n';
src += 'std::string_view RegionRow::english() const { return {kStrings + english_at, english_size}; }\n\n';
src += 'std::int32_t RegionRow::parent_code() const {\n';
src += '  const std::uint16_t parent = kParentRow[this - kRows];\n';
src += '  return parent == kNoParentRow ? 0 : kRows[parent].code;\n}\n\n';
src += 'std::string_view RegionRow::own_readings() const {\n';
src += '  const auto row = static_cast<std::uint16_t>(this - kRows);\n';
src += '  const OwnReadings* own = kOwnReadings;\n';
src += '  while (own->row < row) ++own;  // a few rows, in row order, ended by 0xFFFF\n';
src += '  return own->row == row ? std::string_view(kStrings + own->at, own->size) : std::string_view();\n}\n\n';
src += 'RegionIndex region_index() {\n';
src += '  return {kParentRow, kSubtreeEnd, kLetterMask, kCharMask, kPostingStart, kPostings};\n}\n\n';
src += 'std::string_view char_readings(char32_t cp) {\n';
src += '  if (cp < kFirstReadingCp || cp - kFirstReadingCp >= sizeof kCharReadings / sizeof kCharReadings[0]) return {};\n';
src += '  const std::uint16_t set = kCharReadings[cp - kFirstReadingCp];\n';
src += '  return {kReadingText + kReadingSetAt[set], static_cast<std::size_t>(kReadingSetAt[set + 1] - kReadingSetAt[set])};\n}\n\n';
src += '}  // namespace medins\n';
fs.mkdirSync(path.dirname(out), { recursive: true });
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== src) fs.writeFileSync(out, src);
