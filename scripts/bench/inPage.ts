/**
 * Functions that run inside the page, not in Node. Playwright serializes them (Function.prototype.toString)
 * for addInitScript / page.evaluate, so each must stay self-contained: no imports, no module-level
 * helpers or constants referenced from their bodies — only types, which are erased.
 */

/** A filter change to time; `none` is the yardstick: a click on a button that changes nothing, timed alike. */
export type FilterChange = { kind: 'brand'; brand: string } | { kind: 'year'; field: string; value: number } | { kind: 'none' };

/**
 * Installed before the page's own HTML is parsed: records when the first and all `expected` charts are
 * painted (see `painted` below; from pre-rendered HTML or from a script alike), when the page is
 * interactive, and downloads.
 */
export function instrument(expected: number) {
  const bench = {
    firstDrawn: null as number | null,
    allDrawn: null as number | null,
    interactive: null as number | null,
    complete: null as number | null,
    fetchedWhenInteractive: [] as string[],
    fetchedWhenComplete: [] as string[],
    lastDownload: 0,
    downloads: 0,
    /** What could not be timed as defined: the run fails rather than report it. */
    errors: [] as string[],
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  const MARKS = 'svg path, svg rect, svg circle';
  const isDrawn = (figure: Element) =>
    !figure.classList.contains('is-loading') &&
    [...figure.querySelectorAll(`.card-body ${MARKS.split(', ').join(', .card-body ')}`)].some((el) => !el.closest('defs, clipPath, mask, pattern'));
  const fetched = () => performance.getEntriesByType('resource').map((e) => e.name).filter((name) => name.startsWith(location.origin));
  // The first contentful paint, with the time its frame reached the screen (it is reported a little later).
  let contentfulPaint: number | null = null;
  const paints = new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName('first-contentful-paint')) contentfulPaint = entry.startTime;
  });
  paints.observe({ type: 'paint', buffered: true });
  // Element Timing: when a chart's first SVG text (tagged below as soon as it is in the DOM) reached the screen.
  const elementPainted = new Map<string, number>();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) elementPainted.set(entry.identifier, entry.renderTime);
  }).observe({ type: 'element', buffered: true });
  /**
   * When what is in the DOM now reaches the screen. A frame's callbacks run before that frame's style, layout
   * and paint, so the next one alone is too early: the pre-rendered dashboard's marks are parsed at ~110 ms,
   * the next frame's callback runs at ~170 ms, and its style, layout and paint take until ~390 ms and its
   * pixels come at ~520 ms (first contentful paint; this machine, 2026-12-01). Marks in the DOM before the
   * first contentful paint are on screen when their chart's text is (Element Timing: the first frame for a
   * card painted with the page, a later one for a card the page holds back). Marks that come later (a chart
   * drawn by a script, the reference page's too): the second frame after them, when the first one's
   * rendering is done (its rasterizing may still run: a small bias in favour of that page).
   */
  const painted = (chart: string, set: (time: number) => void) => {
    const marksAt = performance.now();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const afterRendering = performance.now();
        const settle = (tries: number) => {
          const element = elementPainted.get(chart);
          if (contentfulPaint !== null && contentfulPaint < marksAt) set(afterRendering);
          else if (contentfulPaint !== null && element !== undefined) set(element);
          // Both are reported once their frame is on screen: wait for them (up to ~5 s).
          else if (tries > 0) setTimeout(() => settle(tries - 1), 20);
          else {
            bench.errors.push(`${chart}: no ${contentfulPaint === null ? 'first contentful paint' : 'Element Timing entry for its text'}`);
            set(Number.NaN);
          }
        };
        settle(250);
      }),
    );
  };
  const cardPainted = new Map<string, number>();
  const onCardPainted = (chart: string) => (time: number) => {
    cardPainted.set(chart, time);
    const times = [...cardPainted.values()];
    bench.firstDrawn = Math.min(...times);
    if (times.length >= expected) bench.allDrawn = Math.max(...times);
  };
  const seen = new Set<string>();
  let allDrawn = false;
  const observer = new MutationObserver(() => {
    const figures = [...document.querySelectorAll('figure[data-chart]')];
    // Each chart's first SVG text, tagged as it comes in (before it can be painted), until every chart's is: a
    // card's marks can be parsed long before its text (the map's ~120 KB of outlines come first).
    for (const figure of figures) {
      const text = figure.querySelector('.card-body svg text');
      if (text && !text.hasAttribute('elementtiming')) text.setAttribute('elementtiming', figure.getAttribute('data-chart') ?? '');
    }
    const drawnCharts = figures.filter(isDrawn).map((figure) => figure.getAttribute('data-chart') ?? '');
    for (const chart of drawnCharts) {
      if (seen.has(chart)) continue;
      seen.add(chart);
      painted(chart, onCardPainted(chart));
    }
    const isTagged = figures.length >= expected && figures.every((figure) => figure.querySelector('.card-body svg text[elementtiming]'));
    if (allDrawn || drawnCharts.length < expected) {
      if (allDrawn && isTagged) observer.disconnect();
      return;
    }
    allDrawn = true;
    if (isTagged) observer.disconnect();
    // Interactive: the pre-rendered page is hydrated (the app marks <html data-interactive> on its first
    // commit) — the filters and the cards answer input. A page drawn by its script (the reference page,
    // the app without its pre-render) is interactive when drawn.
    // Complete: the sales card's static SVG has been replaced by Recharts too (fetched after hydration).
    const reactIsIn = () => document.documentElement.dataset.interactive !== undefined || !document.querySelector('#root[data-dataset]');
    const becameInteractive = () => {
      if (bench.interactive !== null || !reactIsIn()) return;
      bench.interactive = performance.now();
      // Taken as the mark is set, before anything fetched after it (the sales chart) can complete.
      bench.fetchedWhenInteractive = fetched();
    };
    new MutationObserver(becameInteractive).observe(document.documentElement, { attributes: true, attributeFilter: ['data-interactive'] });
    becameInteractive();
    const watch = () => {
      if (bench.interactive !== null && !document.querySelector('svg.sales-static')) {
        bench.complete = performance.now();
        bench.fetchedWhenComplete = fetched();
      } else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  observer.observe(document, { childList: true, subtree: true });
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) {
      bench.lastDownload = performance.now();
      bench.downloads += 1;
    }
    return click.call(this);
  };
}

/** In the page: performs one filter change and resolves with its latency and which views changed. */
export async function filterChange(change: FilterChange) {
  const root = document.querySelector('main#views') ?? document.body;
  let mutations = 0;
  const touched = new Set<string>();
  const observer = new MutationObserver((records) => {
    mutations += records.length;
    for (const record of records) {
      const node = record.target instanceof Element ? record.target : record.target.parentElement;
      const chart = node?.closest('figure[data-chart]')?.getAttribute('data-chart');
      if (chart) touched.add(chart);
    }
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

  const start = performance.now();
  // The work a change does before the browser may paint: click → the next animation frame.
  const nextFrame = frame();
  if (change.kind === 'brand') {
    const group = document.querySelector('[role="group"][aria-label="Brands"]');
    const button = [...(group?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === change.brand);
    if (!button) throw new Error(`no brand button ${change.brand}`);
    button.click();
  } else if (change.kind === 'none') {
    // A button that is not in the document: the click dispatches, and nothing changes or needs painting.
    document.createElement('button').click();
  } else {
    const input = [...document.querySelectorAll('input')].find((el) => el.labels?.[0]?.textContent?.includes(change.field));
    if (!input) throw new Error(`no year field ${change.field}`);
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(change.value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  // Two frames after the last mutation = painted; one more quiet frame = settled. The views' region is busy
  // (aria-busy) from a change until it is drawn: a long redraw mutates nothing while it renders. (A card's
  // own aria-busy — a skeleton, the map's outlines on their way — is not the change's redraw.)
  let seen = -1;
  let quiet = 0;
  let end = start;
  const deadline = start + 20_000;
  while (quiet < 3 && performance.now() < deadline) {
    const now = await frame();
    if (mutations !== seen || root.getAttribute('aria-busy') === 'true') {
      seen = mutations;
      quiet = 0;
    } else {
      quiet += 1;
      if (quiet === 2) end = now;
    }
  }
  observer.disconnect();
  return { ms: end - start, work: (await nextFrame) - start, views: [...touched].sort(), timedOut: quiet < 3 };
}
