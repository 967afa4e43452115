/* global window, document, navigator, URLSearchParams, PerformanceObserver, IntersectionObserver */
/*
 * Run from <head> — written into the built page by scripts/prerenderPlugin.ts (inlineGuard), the one inline
 * script the CSP allows, by its SHA-256; fetched from here by the dev server — so it runs before the body is
 * parsed and before the first paint. The build pre-renders the bare address: the default filters and page, in the light
 * theme, in English. Any query string (filters, ?chart=, ?embed=, ?theme=, ?lang=), a dark system theme or a
 * browser whose first language the dashboard has is French or Japanese asks for something else, so <html> is
 * marked and styles.css hides the pre-rendered page; main.tsx then drops it and renders on the client.
 * "Any query" rather than "a query that differs from the defaults": the defaults come from the dataset, and
 * this file runs before it loads; a link spelling out the defaults only loses the head start.
 * The language rule is localeFromLanguages (src/i18n/locales.ts); src/i18n/prerenderGuard.test.ts runs this
 * file against it. With JavaScript off this never runs, and the pre-rendered default page shows with its note.
 *
 * It also starts fetching the map outlines (its data-map-outlines attribute, written by the build) where the
 * page shows the map: the dashboard, ?chart=plants, or a chart key the page does not know (which falls back to
 * the dashboard, src/state/pageMode.ts). One chart's page or embed without the map does not fetch them.
 *
 * It holds the three cards after the first one back for one frame, and the filter bar's paint, so the first
 * chart paints sooner (below).
 *
 * And it starts the app: the build puts the entry module, the chunks the views hydrate with and the dataset's
 * preload in <template id="app-start"> (scripts/prerenderPlugin.ts). A page whose pre-render shows starts them
 * once that is painted, the cards held back included — loaded before, they took the cores its frames were
 * rasterized on (the first paint 30–70 ms later on this machine, the held-back cards' 50–70 ms). Any other page
 * (stale, not pre-rendered, in a background tab, or a browser without paint timing) runs the entry as soon as the
 * markup is parsed, when a module script would have run; one known to be stale from here fetches at once, as the
 * HTML's own preloads would have.
 */
(function () {
  var languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  var lang = 'en';
  for (var i = 0; i < languages.length; i += 1) {
    var primary = String(languages[i]).split('-')[0].toLowerCase();
    if (primary === 'en' || primary === 'fr' || primary === 'ja') {
      lang = primary;
      break;
    }
  }
  if (window.location.search !== '' || lang !== 'en' || window.matchMedia('(prefers-color-scheme: dark)').matches) {
    document.documentElement.dataset.prerender = 'stale';
  }

  // After the mark above, so nothing here can keep a page from being marked. The charts drawn without the map;
  // src/i18n/prerenderGuard.test.ts holds this list to parsePageMode.
  var CHARTS_WITHOUT_MAP = ['sales', 'ev', 'ownership'];
  var script = document.currentScript;
  var outlines = script && script.getAttribute('data-map-outlines');
  var charts = new URLSearchParams(window.location.search).getAll('chart');
  var chart = charts.length === 1 ? charts[0].trim().toLowerCase() : '';
  if (outlines && CHARTS_WITHOUT_MAP.indexOf(chart) < 0) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    // As the app's fetch asks (useWorldAtlas.ts: same-origin CORS mode), so that fetch reuses this response.
    link.crossOrigin = 'anonymous';
    link.href = outlines;
    document.head.appendChild(link);
  }

  // The pre-rendered page's first frame holds the page down to the first chart; the other three cards come in
  // the frame after it, and the filter bar, laid out in the first, is painted then (styles.css, html[data-cards]).
  // One frame styling, laying out and rasterizing
  // all four painted the first chart at 0.73–0.75× the benchmark's reference page; this way it paints at
  // 0.50–0.57×, and the other three at 0.62–0.71× (bench runs). Not on a reload or a return (the browser puts
  // the reader back where they were, on a page that must be its full height) nor at an address with a #fragment
  // (it scrolls to one of the cards).
  // A frame's callbacks run before its style, layout and paint: the second frame's run once the first is painted.
  var afterTwoFrames = function (run) {
    window.requestAnimationFrame(function () {
      window.requestAnimationFrame(run);
    });
  };
  var html = document.documentElement;
  var observes = function (type) {
    return typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).indexOf(type) >= 0;
  };
  // What must be painted before the app starts (see startApp below): the page's first frame, and the cards held
  // back where the browser can tell when they are (Element Timing; elsewhere the first frame is all it waits for).
  var painted = { first: false, cards: true };
  var onPainted = function () {};
  var markPainted = function (what) {
    painted[what] = true;
    if (painted.first && painted.cards) onPainted();
  };
  // The held-back cards' titles say when their frame is on screen (Element Timing reports text once painted).
  // Text far out of view is never painted: only titles in the viewport are waited for (none on a phone's first
  // screen, which holds the first card).
  var HELD_TITLE = 'held-card-title';
  var watchHeldCards = function () {
    var titles = document.querySelectorAll('#views > .card ~ .card > .card-head > .card-title');
    var untag = function () {
      for (var t = 0; t < titles.length; t += 1) titles[t].removeAttribute('elementtiming');
      markPainted('cards');
    };
    if (titles.length === 0 || typeof IntersectionObserver !== 'function') {
      untag();
      return;
    }
    for (var t = 0; t < titles.length; t += 1) titles[t].setAttribute('elementtiming', HELD_TITLE);
    // Reported for the frame that lays them out, before it is painted.
    var inView = new IntersectionObserver(function (entries) {
      inView.disconnect();
      if (!entries.some(function (entry) { return entry.isIntersecting; })) {
        untag();
        return;
      }
      new PerformanceObserver(function (list, observer) {
        if (!list.getEntries().some(function (entry) { return entry.identifier === HELD_TITLE; })) return;
        observer.disconnect();
        untag();
      }).observe({ type: 'element', buffered: true });
    });
    for (var v = 0; v < titles.length; v += 1) inView.observe(titles[v]);
  };
  var timing = window.performance;
  var navigation = timing && timing.getEntriesByType ? timing.getEntriesByType('navigation')[0] : null;
  var isFirstVisit = (!navigation || navigation.type === 'navigate') && window.location.hash === '';
  if (html.dataset.prerender !== 'stale' && isFirstVisit) {
    html.dataset.cards = 'first';
    painted.cards = !observes('element');
    var showAllCards = function () {
      if (html.dataset.cards === undefined) return;
      delete html.dataset.cards;
      if (!painted.cards) watchHeldCards();
    };
    // A frame's callbacks run before its style and layout: the second frame's shows the cards in that frame.
    // The first frame may come once the first card is parsed (index.html's render-blocking link): the others are
    // shown in the second frame or, if the markup is still being parsed then, in the frame after it is — a card
    // shown half-parsed would grow under the reader, and move the first card's foot with it. The filter bar, above
    // the first card and so parsed before the first frame, is shown in the second frame either way ("parsing":
    // the cards alone held), so a slow page does not keep its controls from the reader.
    var showOnceParsed = function () {
      if (document.readyState !== 'loading') {
        showAllCards();
        return;
      }
      html.dataset.cards = 'parsing';
      document.addEventListener('DOMContentLoaded', function () {
        window.requestAnimationFrame(showAllCards);
      });
    };
    afterTwoFrames(showOnceParsed);
    // A tab that runs no frames (in the background) still shows them once parsed.
    document.addEventListener('DOMContentLoaded', function () {
      window.setTimeout(showAllCards, 2000);
    });
  }

  var start = document.getElementById('app-start');
  if (!start) return;
  // Appended once each: the preloads (safe while the body is still parsed) and the entry module (which needs
  // all of #root, and runs as soon as it arrives once appended).
  var appendOnce = function (selector) {
    var done = false;
    return function () {
      if (done) return;
      done = true;
      var nodes = start.content.querySelectorAll(selector);
      for (var n = 0; n < nodes.length; n += 1) document.head.appendChild(document.importNode(nodes[n], true));
    };
  };
  var fetchApp = appendOnce('link');
  var runApp = appendOnce('script');
  // A page's first Intl call initialises ICU: ~19 ms on this machine, inside whichever render made it (the
  // client render's first, on the benchmark's realistic 100× dataset ahead of the file's reading). Made here
  // while the page waits for its scripts, two frames on, so it never delays the frame of the cards held back.
  var warmIntl = function () {
    if (typeof Intl === 'object') new Intl.NumberFormat(lang).format(0);
  };
  // How the app started, for the browser tests: once painted, at the 2 s fallback, or once parsed.
  var startApp = function (how) {
    if (html.dataset.appStart) return;
    html.dataset.appStart = how;
    fetchApp();
    runApp();
    afterTwoFrames(function () {
      window.setTimeout(warmIntl, 0);
    });
  };
  onPainted = function () {
    startApp('paint');
  };
  var seesPaint = observes('paint');
  // A page that will not paint its pre-render fetches at once, as the preloads in the HTML would have.
  if (html.dataset.prerender === 'stale' || !seesPaint || document.visibilityState !== 'visible') fetchApp();
  var whenParsed = function () {
    var root = document.getElementById('root');
    var showsPrerender = root !== null && root.hasAttribute('data-dataset') && html.dataset.prerender !== 'stale';
    if (!showsPrerender || !seesPaint || document.visibilityState !== 'visible') {
      startApp('parsed');
      return;
    }
    // Never left without its scripts, whatever the paint does; a tab sent to the background paints nothing.
    window.setTimeout(function () {
      startApp('timeout');
    }, 2000);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState !== 'visible') startApp('parsed');
    });
    try {
      // Buffered: the first paint may have come before the markup was parsed (browsers that paint mid-parse).
      new PerformanceObserver(function (list, observer) {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        markPainted('first');
      }).observe({ type: 'paint', buffered: true });
    } catch {
      startApp('parsed');
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', whenParsed);
  else whenParsed();
})();
