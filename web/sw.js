// The service worker: the site (pages, scripts, styles, the core's wasm) is cached on the first
// visit, so a person in a hospital corridor with no signal can still check, estimate and print.
// tools/gen_offline_list.mjs writes the file list and a version (a hash of every file) into the
// built copy of this file: any change to the site changes this file, the browser installs the new
// worker, and the old cache is dropped. Only this origin's GETs are answered; nothing else is
// fetched or stored, and nothing personal is (it lives in storage).
//
// zxing's QR writer and reader (ON_USE: 600 KB of wasm, brotli, half of what a first visit sent)
// are kept when first used, not on every first visit: only the filing and handover pages draw a
// code, and only the filing page reads one. Those two pages ask for the writer as soon as this
// worker runs ('keep' below), so their printout still has its code with no signal; what a person
// has used stays through later versions (install).
//
// The policies (policies/index.json and one file per place, tools/gen_policy_index.mjs) are not
// in the list: there may be hundreds and a person needs one or two. Each one the page fetches is
// kept in a cache of its own that outlives site versions, network first (a corrected file wins
// whenever there is a signal), the kept copy when there is none.
const VERSION = 'dev';
const FILES = [];
const ON_USE = [];
const CACHE = `medins-${VERSION}`;
const POLICIES = 'medins-policies';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // cache: 'no-cache' asks the server about every file the HTTP cache holds (If-None-Match),
    // so a new version never stores an old file, yet a file the page has just downloaded (the
    // core's ~400 KB wasm on a first visit) or one unchanged since the last version comes back as
    // a 304 without its body. A server that sends no validators sends each file whole, as before.
    await cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' })));
    await keepUsedBefore(cache);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('medins-') && name !== CACHE && name !== POLICIES) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (/\/policies\/[^/]+(\/[^/]+)?\.json$/.test(url.pathname)) {
    event.respondWith(policyFile(request));
    return;
  }
  if (ON_USE_PATHS.has(url.pathname)) {
    event.respondWith(keptOnUse(request));
    return;
  }
  // Cache first: the cached copy is the version this worker was installed with. Anything not in
  // the list (a new file during development) goes to the network as usual.
  event.respondWith((async () => {
    const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
    return cached ?? fetch(request);
  })());
});

// The files kept on use, by path (a page's request may carry a query).
const ON_USE_PATHS = new Set(ON_USE.map((f) => new URL(f, self.location.href).pathname));

// A file kept on use: the kept copy, else the network's, kept for next time (only a 200).
async function keptOnUse(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreSearch: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request.url.split('?')[0], response.clone());
  return response;
}

// A page's {type: 'keep', files}: those of ON_USE it will need with no signal, fetched now if not
// kept yet (shell/offline.js keepOffline). Anything else is ignored.
self.addEventListener('message', (event) => {
  const { type, files } = event.data ?? {};
  if (type !== 'keep' || !Array.isArray(files)) return;
  event.waitUntil(keep(files.map(String)));
});

async function keep(files) {
  const cache = await caches.open(CACHE);
  for (const file of files) {
    const url = new URL(file, self.location.href);
    if (url.origin !== self.location.origin || !ON_USE_PATHS.has(url.pathname)) continue;
    if (await cache.match(url.pathname)) continue;
    try {
      const response = await fetch(url.pathname);
      if (response.ok) await cache.put(url.pathname, response);
    } catch (err) {
      // No signal: kept on its first use instead.
    }
  }
}

// What a person used under an earlier version (the QR writer after a printout) is kept by the new
// one, asked for as the install asks for every file (a 304 while it is unchanged). Not kept when
// that fails: the install itself must not.
async function keepUsedBefore(cache) {
  const earlier = (await caches.keys()).filter((name) => name.startsWith('medins-') && name !== CACHE && name !== POLICIES);
  for (const path of ON_USE_PATHS) {
    let used = false;
    for (const name of earlier) used ||= Boolean(await (await caches.open(name)).match(path));
    if (!used) continue;
    try {
      const response = await fetch(new Request(path, { cache: 'no-cache' }));
      if (response.ok) await cache.put(path, response);
    } catch (err) {
      // Kept again on its next use.
    }
  }
}

// A policy file or the index: from the network, kept when it came (only a 200: a 404 is the
// page's to explain, and must not hide a copy kept earlier); the kept copy when the network fails.
async function policyFile(request) {
  const cache = await caches.open(POLICIES);
  try {
    const response = await fetch(request, { cache: 'no-cache' });
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (err) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw err;
  }
}
