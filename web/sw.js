// The service worker: the whole site (pages, scripts, styles, the core's wasm, zxing's wasm) is
// cached on the first visit, so a person in a hospital corridor with no signal can still check,
// estimate and print. tools/gen_offline_list.mjs writes the file list and a version (a hash of
// every file) into the built copy of this file: any change to the site changes this file, the
// browser installs the new worker, and the old cache is dropped. Only this origin's GETs are
// answered; nothing else is fetched or stored, and nothing personal is (it lives in storage).
const VERSION = 'dev';
const FILES = [];
const CACHE = `medins-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // cache: 'reload' skips the HTTP cache, so a new version never stores an old file.
    await cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('medins-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Cache first: the cached copy is the version this worker was installed with. Anything not in
  // the list (a new file during development) goes to the network as usual.
  event.respondWith((async () => {
    const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
    return cached ?? fetch(request);
  })());
});
