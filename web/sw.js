// The service worker: the whole site (pages, scripts, styles, the core's wasm, zxing's wasm) is
// cached on the first visit, so a person in a hospital corridor with no signal can still check,
// estimate and print. tools/gen_offline_list.mjs writes the file list and a version (a hash of
// every file) into the built copy of this file: any change to the site changes this file, the
// browser installs the new worker, and the old cache is dropped. Only this origin's GETs are
// answered; nothing else is fetched or stored, and nothing personal is (it lives in storage).
//
// The policies (policies/index.json and one file per place, tools/gen_policy_index.mjs) are not
// in the list: there may be hundreds and a person needs one or two. Each one the page fetches is
// kept in a cache of its own that outlives site versions, network first (a corrected file wins
// whenever there is a signal), the kept copy when there is none.
const VERSION = 'dev';
const FILES = [];
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
  // Cache first: the cached copy is the version this worker was installed with. Anything not in
  // the list (a new file during development) goes to the network as usual.
  event.respondWith((async () => {
    const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
    return cached ?? fetch(request);
  })());
});

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
