// A dedicated worker that shell/preload-core.js starts with the page: told the wasm's address once
// the first screen is shown, it fetches the core's wasm and compiles it here, off the page's
// thread, and posts the compiled module back (a WebAssembly.Module is shared with the page that
// made this worker, not copied). Fetched on the page's thread, the ~400 KB arriving took one task
// of about 220 ms on a slow phone (Chrome's trace at CPU 4x), the page's busiest, and the first
// tap waited for the compile (docs/performance.md). Whatever fails posts {error}: the page then
// fetches the wasm itself, as it did before this worker.
self.onmessage = function (event) {
  var href = event.data;
  fetch(href, { credentials: 'same-origin' }).then(function (response) {
    if (!response.ok) throw new Error('HTTP ' + response.status + ' for ' + href);
    // Compiled while it streams in, which a browser does only for this exact type.
    var type = response.headers.get('Content-Type') || '';
    if (WebAssembly.compileStreaming && /^application\/wasm\b/.test(type)) return WebAssembly.compileStreaming(response);
    return response.arrayBuffer().then(WebAssembly.compile);
  }).then(function (module) {
    try {
      self.postMessage({ module: module });
    } catch (err) {
      // A browser that cannot pass a compiled module to its page (DataCloneError).
      self.postMessage({ error: String(err) });
    }
  }, function (err) {
    self.postMessage({ error: String(err) });
  });
};
