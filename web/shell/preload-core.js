// A classic script in the <head> of the pages that draw their first screen before the core and
// need it at the first tap (filing, eligibility, estimate). Standalone, a worker
// (shell/compile-core.js) fetches the core's wasm and compiles it, so the page's own thread never
// carries the ~400 KB download and the first tap finds the module compiled: the page's modules
// read it through shell/compiled-core.js from `window.medinsCompiledCore`, a promise of the
// WebAssembly.Module, or of null when the worker could not make one (the page then fetches the
// wasm itself). Embedded in
// a portal (<medins-assistant>, shell/embed.js), the element hands the page the module it compiled
// once for every instance, so nothing happens here.
// The worker asks for the wasm once the first screen (drawn from the page's HTML) is shown, when
// first-paint.js says so: on a slow connection the core's ~400 KB would otherwise share the line
// with the stylesheets that paint needs. A hidden page paints nothing: first-paint.js says so at
// once.
(function preloadCore() {
  if (window.parent !== window && window.name.indexOf('medins-embed:') === 0) return;
  var script = document.currentScript.src;
  var wasm = new URL('../medins.wasm', script).href;
  // The worker starts now, with the page, so it is running when the screen is shown: started
  // then, its own script (1 KB) queued behind the page's modules on a slow line and held the wasm
  // back by about 0.6 s (slow 4G, bench/first_tap.mjs).
  var worker;
  try {
    worker = new Worker(new URL('compile-core.js', script).href);
  } catch (err) {
    return; // no workers (or refused): createCore() fetches the wasm as it always could
  }
  window.medinsCompiledCore = new Promise(function (resolve) {
    function done(module) {
      worker.terminate();
      resolve(module);
    }
    worker.onmessage = function (event) {
      var module = event.data && event.data.module;
      if (module instanceof WebAssembly.Module) return done(module);
      console.warn('medins: the core was not compiled ahead', event.data && event.data.error);
      done(null);
    };
    worker.onerror = function (event) {
      event.preventDefault();
      done(null);
    };
  });
  document.addEventListener('medins-first-screen-shown', function () {
    worker.postMessage(wasm);
  }, { once: true });
}());
