/**
 * Functions that run inside the page, not in Node. Playwright serializes them (Function.prototype.toString)
 * for addInitScript / page.evaluate, so each must stay self-contained: no imports, no module-level
 * helpers or constants referenced from their bodies — only types, which are erased.
 */

/** A filter change to time; `none` is the yardstick: a click on a button that changes nothing, timed alike. */
export type FilterChange = { kind: 'brand'; brand: string } | { kind: 'year'; field: string; value: number } | { kind: 'none' };

/**
 * Installed before the page's own HTML is parsed: records when the first and all `expected` charts are
 * painted (the frame after their marks enter the DOM, whether from pre-rendered HTML or from a script),
 * when the page is interactive, and downloads.
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
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  const MARKS = 'svg path, svg rect, svg circle';
  const isDrawn = (figure: Element) =>
    !figure.classList.contains('is-loading') &&
    [...figure.querySelectorAll(`.card-body ${MARKS.split(', ').join(', .card-body ')}`)].some((el) => !el.closest('defs, clipPath, mask, pattern'));
  const fetched = () => performance.getEntriesByType('resource').map((e) => e.name).filter((name) => name.startsWith(location.origin));
  let firstSeen = false;
  const observer = new MutationObserver(() => {
    const drawn = [...document.querySelectorAll('figure[data-chart]')].filter(isDrawn).length;
    // The next animation frame is when what is in the DOM now gets painted.
    const painted = (set: (time: number) => void) => requestAnimationFrame(() => set(performance.now()));
    if (drawn >= 1 && !firstSeen) {
      firstSeen = true;
      painted((time) => (bench.firstDrawn = time));
    }
    if (drawn >= expected) {
      observer.disconnect();
      painted((time) => (bench.allDrawn = time));
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
    }
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
