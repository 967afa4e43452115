/* global window, document */
/*
 * Loaded blocking from <head> (the CSP forbids inline scripts), so it runs before the body is parsed and
 * before the first paint. The build pre-renders the bare address: the default filters and page, in the light
 * theme. Any query string (filters, ?chart=, ?embed=, ?theme=) or a dark system theme asks for something
 * else, so <html> is marked and styles.css hides the pre-rendered page; main.tsx then drops it and renders
 * on the client. "Any query" rather than "a query that differs from the defaults": the defaults come from
 * the dataset, and this file runs before it loads; a link spelling out the defaults only loses the head start.
 * With JavaScript off this never runs, and the pre-rendered default page shows with its note.
 */
if (window.location.search !== '' || window.matchMedia('(prefers-color-scheme: dark)').matches) {
  document.documentElement.dataset.prerender = 'stale';
}
