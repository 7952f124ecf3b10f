// A classic script in each page's <head>: standalone, the page fetches the core's wasm with the
// page, not after its own modules have run. Embedded in a portal (<medins-assistant>,
// shell/embed.js), the element hands the page the module it compiled once for every instance, so
// the page fetches nothing here. (A <link rel="preload"> in the HTML cannot be made conditional.)
// It asks once the first screen (drawn from the page's HTML) is shown, when first-paint.js says
// so: on a slow connection the core's ~400 KB would otherwise share the line with the stylesheets
// that paint needs. A hidden page paints nothing: first-paint.js says so at once.
(function preloadCore() {
  if (window.parent !== window && window.name.indexOf('medins-embed:') === 0) return;
  var href = new URL('../medins.wasm', document.currentScript.src).href;
  function preload() {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.type = 'application/wasm';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  }
  document.addEventListener('medins-first-screen-shown', preload, { once: true });
}());
