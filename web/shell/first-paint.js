// A classic script in every page's <head>, run before the browser draws anything: it sets what
// the first paint depends on, so the page is drawn once in the person's language and text size
// rather than in Chinese and small type first and redrawn when the page's modules arrive (a
// visible flash and a layout shift). The page build (tools/page_words.mjs) writes the header, the
// status line and each page's first heading and lead in both languages; styles/base.css shows the
// one <html lang> names. The modules take over from here (page-shell.js, large-text.js) and
// decide the same way: keep the two in step. It also loads the page's modules, after the paint.
(function firstPaint() {
  var root = document.documentElement;
  var PREFIX = 'medins-embed:';
  var embedded = window.parent !== window && window.name.indexOf(PREFIX) === 0;
  var state = {};
  if (embedded) {
    try {
      state = JSON.parse(window.name.slice(PREFIX.length)) || {};
    } catch (err) {
      state = {};
    }
  }
  function stored(key) {
    try {
      return localStorage.getItem(key);
    } catch (err) {
      return null; // storage switched off: a first visit
    }
  }

  // The language: as savedLang() in page-shell.js (embedded: the instance's; else the choice
  // made here; else the browser's, English only when it asks for English).
  var lang = embedded ? state.lang : stored('medins.lang');
  if (lang !== 'zh-CN' && lang !== 'en') {
    lang = embedded ? 'zh-CN' : (/^en(-|$)/i.test(String(navigator.language || '')) ? 'en' : 'zh-CN');
  }
  root.lang = lang;

  // Large text: as large-text.js.
  var large = embedded ? state.largeText === true : stored('medins.large_text') === '1';
  if (large) root.classList.add('large-text');

  // A screen named in the address (#/mobile, #/result) is not the one the page's HTML shows
  // before the core is ready: that first screen is hidden rather than shown for a moment.
  if (/^#\/./.test(location.hash)) root.setAttribute('data-deep-link', '');

  // The header's pressed buttons, set as the parser reaches them (before the first paint).
  var pressed = { 'lang-zh': lang === 'zh-CN', 'lang-en': lang === 'en', 'large-text': large };
  var done = {};
  var left = Object.keys(pressed).length;
  var watch = new MutationObserver(function () {
    for (var id in pressed) {
      var button = document.getElementById(id);
      if (!button || done[id]) continue;
      button.setAttribute('aria-pressed', String(pressed[id]));
      done[id] = true;
      left -= 1;
    }
    if (left === 0) watch.disconnect();
  });
  watch.observe(root, { childList: true, subtree: true });

  // A tap on 大字 or a language button before the page's modules have run (on a slow phone, the
  // first second or two after the paint) is not lost: it is applied here as the modules would
  // apply it (the class or <html lang>, remembered, the pressed state), and they read it back when
  // they start. Each module marks <html> once its own listener is on its buttons
  // (data-live-large-text, data-live-lang); from then on a tap is theirs alone.
  function remember(patch, key, value) {
    if (embedded) {
      state = Object.assign({}, state, patch);
      window.name = PREFIX + JSON.stringify(state);
      return;
    }
    try {
      localStorage.setItem(key, value);
    } catch (err) {
      // Not remembered: the choice still applies to this page.
    }
  }
  function press(id, on) {
    var button = document.getElementById(id);
    if (button) button.setAttribute('aria-pressed', String(on));
  }
  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('#large-text, #lang-zh, #lang-en') : null;
    if (!button) return;
    if (button.id === 'large-text') {
      if (root.hasAttribute('data-live-large-text')) return;
      var on = !root.classList.contains('large-text');
      root.classList.toggle('large-text', on);
      remember({ largeText: on }, 'medins.large_text', on ? '1' : '0');
      press('large-text', on);
      return;
    }
    if (root.hasAttribute('data-live-lang')) return;
    var code = button.id === 'lang-en' ? 'en' : 'zh-CN';
    root.lang = code;
    remember({ lang: code }, 'medins.lang', code);
    press('lang-zh', code === 'zh-CN');
    press('lang-en', code === 'en');
  });

  // The page's modules and the core's module (the page build put them on this tag), asked for
  // once the first screen is shown, so the paint waits only for the HTML and the stylesheets. Run
  // in the order listed, as the module scripts in the HTML were; what they import the browser
  // finds itself (tools/defer_modules.mjs says why). Embedded, or in a hidden tab, a paint may
  // never come: asked for at once.
  var tag = document.currentScript;
  var list = function (name) {
    return (tag.getAttribute(name) || '').split(/\s+/).filter(Boolean);
  };
  function load() {
    list('data-preload').forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.appendChild(link);
    });
    list('data-modules').forEach(function (src) {
      var script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      script.async = false;
      document.head.appendChild(script);
    });
  }
  // Then the core's wasm (preload-core.js waits for this event). Why after the paint has been
  // shown, not only drawn: a browser times its largest paint when the frame reaches the screen,
  // and a request that ends before that time is counted as something the paint waited for
  // (Lighthouse added the modules and the 400 KB wasm to the heading's time, 1.8 s -> 4.9 s,
  // where a loaded machine showed the frame late). The paint timing entry comes with the shown
  // frame: on a phone a frame or two after it is drawn. Without paint timing, after the frame as
  // before; and should no entry come, 3 s after it.
  function whenShown(then) {
    var done = false;
    function go() {
      if (done) return;
      done = true;
      then();
    }
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    var timed = types.indexOf('paint') >= 0;
    if (timed) {
      var seen = new PerformanceObserver(function (entries) {
        if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
        seen.disconnect();
        go();
      });
      seen.observe({ type: 'paint', buffered: true });
    }
    requestAnimationFrame(function () { setTimeout(go, timed ? 3000 : 0); });
  }
  function start() {
    load();
    document.dispatchEvent(new Event('medins-first-screen-shown'));
  }
  document.addEventListener('DOMContentLoaded', function () {
    watch.disconnect();
    if (embedded || document.visibilityState === 'hidden') start();
    else whenShown(start);
  });
}());
