import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { localeFromLanguages } from './locales';
import { CHART_IDS } from '../components/chartTypes';
import { parsePageMode } from '../state/pageMode';
import { minifyGuard } from '../../scripts/minifyGuard';

const GUARD = readFileSync(path.resolve(__dirname, '../../public/prerender-guard.js'), 'utf8');

interface FakePage {
  search?: string;
  languages?: string[];
  isDark?: boolean;
  outlines?: string | null;
  /** The page's start template (the build's <template id="app-start">); none in the dev server's page. */
  hasStart?: boolean;
  /** #root as the build writes it with a pre-render (data-dataset), or as the benchmark serves a bigger dataset. */
  isPrerendered?: boolean;
  visibility?: 'visible' | 'hidden';
  paintTiming?: boolean;
  /** A browser whose PerformanceObserver refuses the observation (an older or stricter implementation). */
  observeThrows?: boolean;
  /** How the page was reached (PerformanceNavigationTiming.type); none where the browser does not say. */
  navigationType?: 'navigate' | 'reload' | 'back_forward' | null;
  hash?: string;
  /** Element Timing (PerformanceObserver's 'element' entries); a browser without it has paint timing only. */
  elementTiming?: boolean;
  /** Whether IntersectionObserver exists. */
  intersection?: boolean;
}

/**
 * Runs public/prerender-guard.js against a fake page: whether it marks the pre-render stale, the links it adds,
 * and, for starting the app, what it appended from the start template, with hooks to fire the page's events.
 */
function runGuard(page: FakePage, source = GUARD) {
  return runSource(source, page);
}

function runSource(source: string, { search = '', languages = ['en-US'], isDark = false, outlines = '/assets/countries-1.json', hasStart = false, isPrerendered = true, visibility = 'visible', paintTiming = true, observeThrows = false, navigationType = 'navigate', hash = '', elementTiming = true, intersection = true }: FakePage) {
  const dataset: Record<string, string> = {};
  const links: Record<string, string>[] = [];
  const appended: string[] = [];
  const listeners = new Map<string, (() => void)[]>();
  const timers: { run: () => void; ms: number }[] = [];
  // Paint entries so far, and the observers: a buffered one is handed those already reported, as browsers do.
  const painted: string[] = [];
  type Observer = (list: { getEntriesByName: (name: string) => unknown[]; getEntries: () => unknown[] }, observer: { disconnect: () => void }) => void;
  const observers: Observer[] = [];
  const elementObservers: Observer[] = [];
  // Element Timing entries so far (their identifiers), handed to a buffered 'element' observer as to a 'paint' one.
  const elementsPainted: string[] = [];
  const deliverTo = (list: Observer[], callback: Observer, names: readonly string[], entries: unknown[]) =>
    callback({ getEntriesByName: (name) => names.filter((n) => n === name), getEntries: () => entries }, { disconnect: () => list.splice(list.indexOf(callback), 1) });
  const deliver = (callback: Observer, names: readonly string[]) => deliverTo(observers, callback, names, []);
  const deliverElements = (callback: Observer, identifiers: readonly string[]) =>
    deliverTo(elementObservers, callback, [], identifiers.map((identifier) => ({ identifier })));
  // The three cards after the first: their titles, with the attributes the guard sets on them.
  const heldTitles = [0, 1, 2].map(() => new Map<string, string>());
  const titleNodes = heldTitles.map((attributes) => ({
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    removeAttribute: (name: string) => attributes.delete(name),
  }));
  // IntersectionObservers, reported to when the page lays out (`layout` below) with which titles are in view.
  const intersectionObservers: { callback: (entries: { isIntersecting: boolean; target: unknown }[]) => void; targets: unknown[]; live: boolean }[] = [];
  const template = { content: { querySelectorAll: (selector: string) => (selector === 'link' ? ['preloads'] : selector === 'script' ? ['entry'] : []) } };
  const frames: (() => void)[] = [];
  const performance = { getEntriesByType: (type: string) => (type === 'navigation' && navigationType ? [{ type: navigationType }] : []) };
  const window = {
    location: { search, hash },
    matchMedia: () => ({ matches: isDark }),
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    requestAnimationFrame: (run: () => void) => frames.push(run),
    performance,
  };
  const root = { hasAttribute: (name: string) => name === 'data-dataset' && isPrerendered };
  const document = {
    documentElement: { dataset },
    currentScript: { getAttribute: (name: string) => (name === 'data-map-outlines' ? outlines : null) },
    createElement: () => ({}),
    head: { appendChild: (node: Record<string, string> | string) => (typeof node === 'string' ? appended.push(node) : links.push({ ...node })) },
    getElementById: (id: string) => (id === 'app-start' && hasStart ? template : id === 'root' ? root : null),
    importNode: (node: string) => node,
    readyState: 'loading',
    visibilityState: visibility,
    addEventListener: (type: string, listener: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    querySelectorAll: (selector: string) => (selector === '#views > .card ~ .card > .card-head > .card-title' ? titleNodes : []),
  };
  const fire = (type: string) => listeners.get(type)?.forEach((listener) => listener());
  function PerformanceObserver(callback: (typeof observers)[number]) {
    return {
      observe: (options: { type: string; buffered?: boolean }) => {
        if (observeThrows) throw new TypeError('observe: unsupported options');
        if (options.type === 'element') {
          elementObservers.push(callback);
          if (options.buffered && elementsPainted.length > 0) deliverElements(callback, elementsPainted);
          return;
        }
        observers.push(callback);
        if (options.type === 'paint' && options.buffered && painted.length > 0) deliver(callback, painted);
      },
    };
  }
  PerformanceObserver.supportedEntryTypes = [...(paintTiming && elementTiming ? ['element'] : []), ...(paintTiming ? ['paint'] : []), 'resource'];
  function IntersectionObserver(callback: (typeof intersectionObservers)[number]['callback']) {
    const observer = { callback, targets: [] as unknown[], live: true };
    intersectionObservers.push(observer);
    return { observe: (target: unknown) => observer.targets.push(target), disconnect: () => (observer.live = false) };
  }
  const navigator = { languages, language: languages[0] };
  // The languages Intl formatters were made for: the guard makes one to initialise ICU ahead of the app.
  const intlMade: string[] = [];
  const Intl = {
    NumberFormat: function NumberFormat(locale: string) {
      intlMade.push(locale);
      return { format: (value: number) => String(value) };
    },
  };
  vm.runInNewContext(source, { window, document, navigator, URLSearchParams, PerformanceObserver, Intl, ...(intersection ? { IntersectionObserver } : {}) });
  const paint = (names: string[]) => {
    painted.push(...names);
    [...observers].forEach((callback) => deliver(callback, names));
  };
  const hide = () => {
    document.visibilityState = 'hidden';
    fire('visibilitychange');
  };
  // Runs the callbacks of one animation frame (those requested in it wait for the next).
  const frame = () => frames.splice(0).forEach((run) => run());
  // The frame's layout, as IntersectionObserver reports it: how many of the held-back titles are in view.
  const layout = (inView: number) =>
    intersectionObservers.filter((observer) => observer.live).forEach((observer) => observer.callback(observer.targets.map((target, i) => ({ isIntersecting: i < inView, target }))));
  // Element Timing entries reported (by identifier), once the text they are for is on screen.
  const elementPaint = (identifiers: string[]) => {
    elementsPainted.push(...identifiers);
    [...elementObservers].forEach((callback) => deliverElements(callback, identifiers));
  };
  return {
    isStale: dataset.prerender === 'stale',
    links,
    appended,
    started: () => dataset.appStart ?? null,
    parsed: () => {
      document.readyState = 'interactive';
      fire('DOMContentLoaded');
    },
    paint,
    hide,
    timers,
    cards: () => dataset.cards ?? null,
    frame,
    layout,
    elementPaint,
    titleTags: () => heldTitles.map((attributes) => attributes.get('elementtiming') ?? null),
    intlMade,
  };
}

const isMarkedStale = (page: FakePage) => runGuard(page).isStale;

describe('prerender-guard.js as the build writes it (minifyGuard)', () => {
  it('does what the file as written does, page for page', async () => {
    const minified = await minifyGuard(GUARD);
    const pages: FakePage[] = [{}, { hasStart: true }, { search: '?chart=ev', hasStart: true }, { languages: ['ja'] }, { isDark: true, hasStart: true }, { visibility: 'hidden', hasStart: true }, { paintTiming: false, hasStart: true }, { navigationType: 'reload', hasStart: true }, { hash: '#ev-title' }];
    // Everything a page can observe: marks, links, what was appended and when, timers and the cards held back.
    const observe = (source: string, page: FakePage) => {
      const guard = runGuard(page, source);
      const atHead = [guard.isStale, guard.cards(), [...guard.appended], guard.links.length];
      guard.frame();
      guard.parsed();
      guard.paint(['first-contentful-paint']);
      guard.frame();
      const shown = [guard.cards(), [...guard.appended], guard.started(), guard.titleTags()];
      guard.frame();
      guard.layout(1);
      guard.elementPaint(['held-card-title']);
      return [...atHead, ...shown, guard.appended, guard.started(), guard.titleTags(), guard.timers.map((timer) => timer.ms)];
    };
    expect(minified.length).toBeLessThan(GUARD.length / 2);
    for (const page of pages) expect([page, observe(minified, page)]).toEqual([page, observe(GUARD, page)]);
  });
});

describe('prerender-guard.js', () => {
  it('lets the English bare address hydrate the English pre-render', () => {
    expect(isMarkedStale({})).toBe(false);
    expect(isMarkedStale({ languages: ['de-DE', 'en-GB', 'fr'] })).toBe(false);
    // No language the dashboard has: English, which the pre-render is.
    expect(isMarkedStale({ languages: ['de', 'es'] })).toBe(false);
  });
  it('marks the page stale for a French or Japanese browser, a query (lang= included) or a dark theme', () => {
    expect(isMarkedStale({ languages: ['fr-FR', 'en'] })).toBe(true);
    expect(isMarkedStale({ languages: ['de', 'ja-JP'] })).toBe(true);
    expect(isMarkedStale({ search: '?lang=en' })).toBe(true);
    expect(isMarkedStale({ search: '?lang=fr' })).toBe(true);
    expect(isMarkedStale({ isDark: true })).toBe(true);
  });
  it('falls back to navigator.language where languages is empty', () => {
    const dataset: Record<string, string> = {};
    vm.runInNewContext(GUARD, { window: { location: { search: '', hash: '' }, matchMedia: () => ({ matches: false }) }, document: { documentElement: { dataset }, currentScript: null, getElementById: () => null }, navigator: { languages: [], language: 'ja' }, URLSearchParams });
    expect(dataset.prerender).toBe('stale');
  });
  it('decides the language exactly as the app does', () => {
    const cases = [['fr-CA'], ['EN-gb', 'fr'], ['-fr'], ['x', 'JA'], ['de', 'pt-BR'], ['zh-Hant-TW', 'fr'], ['']];
    for (const languages of cases) {
      expect([languages, isMarkedStale({ languages })]).toEqual([languages, localeFromLanguages(languages) !== 'en']);
    }
  });

  it('preloads the map outlines, as the app fetches them, on the dashboard', () => {
    expect(runGuard({}).links).toEqual([{ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: '/assets/countries-1.json' }]);
    expect(runGuard({ outlines: null }).links).toEqual([]);
  });
  it('preloads them exactly where the page shows the map, as parsePageMode reads the address', () => {
    const queries = ['', '?years=2014-2016', ...CHART_IDS.flatMap((c) => [`?chart=${c}`, `?chart=${c.toUpperCase()}&embed=1`, `?chart=%20${c}%20`]), '?chart=sales&chart=ev', '?chart=nope', '?chart=', '?chart=plants&chart=plants'];
    for (const search of queries) {
      const { chart } = parsePageMode(search).mode;
      expect([search, runGuard({ search }).links.length]).toEqual([search, chart === null || chart === 'plants' ? 1 : 0]);
    }
  });

  describe('starting the app', () => {
    it('starts a page whose pre-render shows once it is painted, not when its markup is parsed (a browser without Element Timing)', () => {
      const page = runGuard({ hasStart: true, elementTiming: false });
      page.parsed();
      page.paint(['first-paint']);
      expect([page.appended, page.started()]).toEqual([[], null]);
      page.paint(['first-contentful-paint']);
      page.paint(['first-contentful-paint']);
      expect([page.appended, page.started()]).toEqual([['preloads', 'entry'], 'paint']);
    });

    it('starts it once parsed, not before, where the first paint came while the markup was parsed', () => {
      const page = runGuard({ hasStart: true, elementTiming: false });
      page.paint(['first-paint', 'first-contentful-paint']);
      expect(page.appended).toEqual([]);
      page.parsed();
      expect([page.appended, page.started()]).toEqual([['preloads', 'entry'], 'paint']);
    });

    it('waits for the frame that shows the held-back cards too, told by their titles\' Element Timing, then untags them', () => {
      const page = runGuard({ hasStart: true });
      page.parsed();
      page.paint(['first-contentful-paint']);
      const steps: unknown[] = [[page.started(), page.titleTags()]];
      page.frame();
      page.frame();
      // Shown: the titles are tagged for the frame that paints them.
      steps.push([page.cards(), page.started(), page.titleTags()]);
      page.layout(1);
      // Another text's entry (the benchmark tags the charts' own) is not theirs.
      page.elementPaint(['ev']);
      steps.push(page.started());
      page.elementPaint(['held-card-title']);
      steps.push([page.appended, page.started(), page.titleTags()]);
      expect(steps).toEqual([
        [null, [null, null, null]],
        [null, null, ['held-card-title', 'held-card-title', 'held-card-title']],
        null,
        [['preloads', 'entry'], 'paint', [null, null, null]],
      ]);
    });

    it('waits for both paints in either order', () => {
      const page = runGuard({ hasStart: true });
      page.parsed();
      page.frame();
      page.frame();
      page.layout(3);
      page.elementPaint(['held-card-title']);
      const beforeFirst = page.started();
      page.paint(['first-contentful-paint']);
      expect([beforeFirst, page.started()]).toEqual([null, 'paint']);
    });

    it('does not wait for held-back titles out of view (never reported: a phone\'s first screen holds one card), nor where nothing can tell', () => {
      const outOfView = runGuard({ hasStart: true });
      const noIntersection = runGuard({ hasStart: true, intersection: false });
      const started = [outOfView, noIntersection].map((page) => {
        page.parsed();
        page.paint(['first-contentful-paint']);
        page.frame();
        page.frame();
        page.layout(0);
        return [page.started(), page.titleTags()];
      });
      expect(started).toEqual([['paint', [null, null, null]], ['paint', [null, null, null]]]);
    });

    it('starts it after 2 s if no paint is reported, or when the tab goes to the background, and only once', () => {
      const late = runGuard({ hasStart: true });
      late.parsed();
      // The cards' fallback, then the start's, both set once the markup is parsed.
      expect(late.timers.map((timer) => timer.ms)).toEqual([2000, 2000]);
      late.timers.forEach((timer) => timer.run());
      late.paint(['first-contentful-paint']);
      const hidden = runGuard({ hasStart: true });
      hidden.parsed();
      hidden.hide();
      hidden.timers.forEach((timer) => timer.run());
      expect([late.appended, late.started(), hidden.appended, hidden.started()]).toEqual([['preloads', 'entry'], 'timeout', ['preloads', 'entry'], 'parsed']);
    });

    it('fetches at once on a page that will not paint its pre-render, and runs the entry once the markup is parsed', () => {
      const pages: FakePage[] = [{ search: '?brands=Renault' }, { isDark: true }, { languages: ['fr'] }, { visibility: 'hidden' }, { paintTiming: false }];
      const steps = pages.map((page) => {
        const guard = runGuard({ ...page, hasStart: true });
        const atHead = [...guard.appended];
        guard.parsed();
        return [atHead, guard.appended, guard.started(), guard.timers.length];
      });
      // A hidden tab or a browser without paint timing still shows the pre-render: its cards' fallback timer is set.
      expect(steps).toEqual(pages.map((page) => [['preloads'], ['preloads', 'entry'], 'parsed', page.visibility || page.paintTiming === false ? 1 : 0]));
    });

    it('starts a page without a pre-render (a bigger dataset served in its place) once parsed', () => {
      const page = runGuard({ hasStart: true, isPrerendered: false });
      expect(page.appended).toEqual([]);
      page.parsed();
      expect([page.appended, page.started()]).toEqual([['preloads', 'entry'], 'parsed']);
    });

    it('starts at once where the paint cannot be observed, the fallback timer set before it tried', () => {
      const page = runGuard({ hasStart: true, observeThrows: true });
      page.parsed();
      expect([page.appended, page.started(), page.timers.length]).toEqual([['preloads', 'entry'], 'parsed', 2]);
    });

    it('initialises ICU for the page\'s language two frames after starting the app, in a task of its own', () => {
      const page = runGuard({ hasStart: true, isPrerendered: false, languages: ['fr-FR'] });
      page.parsed();
      const timers = () => page.timers.filter((timer) => timer.ms === 0);
      page.frame();
      const afterOne = [timers().length, [...page.intlMade]];
      page.frame();
      timers().forEach((timer) => timer.run());
      expect([afterOne, page.intlMade]).toEqual([[0, []], ['fr']]);
    });

    it('initialises nothing before the app starts', () => {
      const page = runGuard({ hasStart: true });
      page.parsed();
      page.frame();
      page.frame();
      page.timers.filter((timer) => timer.ms === 0).forEach((timer) => timer.run());
      expect([page.started(), page.intlMade]).toEqual([null, []]);
    });

    it('starts nothing without a start template (the dev server’s page starts itself)', () => {
      const page = runGuard({});
      page.parsed();
      page.paint(['first-contentful-paint']);
      // Only the cards' fallback timer: #root[data-dataset] scopes their styles to a pre-rendered page.
      expect([page.appended, page.started(), page.timers.map((timer) => timer.ms)]).toEqual([[], null, [2000]]);
    });
  });

  describe('the cards after the first', () => {
    it('holds them back on a page whose pre-render shows, for its first frame (the page\'s first runs once it is parsed)', () => {
      const page = runGuard({ hasStart: true });
      const seen = [page.cards()];
      page.parsed();
      seen.push(page.cards());
      page.frame();
      seen.push(page.cards());
      page.frame();
      seen.push(page.cards());
      expect(seen).toEqual(['first', 'first', 'first', null]);
    });

    it('shows them no earlier than the frame after the markup is parsed, where the first frames come mid-parse; the filter bar in the second frame', () => {
      const page = runGuard({ hasStart: true });
      page.frame();
      const firstFrame = page.cards();
      page.frame();
      page.frame();
      // "parsing": the cards still held, the filter bar above the first card (parsed before it) shown (styles.css).
      const beforeParsed = page.cards();
      page.parsed();
      const atParsed = page.cards();
      page.frame();
      expect([firstFrame, beforeParsed, atParsed, page.cards()]).toEqual(['first', 'parsing', 'parsing', null]);
    });

    it('shows them 2 s after the markup is parsed where no frame runs (a tab in the background)', () => {
      const page = runGuard({});
      page.timers.forEach((timer) => timer.run());
      const before = page.cards();
      page.parsed();
      page.timers.forEach((timer) => timer.run());
      expect([before, page.cards()]).toEqual(['first', null]);
    });

    it('holds nothing back on a reload, a return or an address with a #fragment, which must scroll the full page', () => {
      const pages: FakePage[] = [{ navigationType: 'reload' }, { navigationType: 'back_forward' }, { hash: '#ownership-title' }];
      expect([...pages.map((page) => runGuard(page).cards()), runGuard({ navigationType: null }).cards()]).toEqual([null, null, null, 'first']);
    });

    it('never marks a page that will not show its pre-render', () => {
      const pages: FakePage[] = [{ search: '?brands=Renault' }, { isDark: true }, { languages: ['ja'] }];
      expect(pages.map((page) => runGuard(page).cards())).toEqual([null, null, null]);
    });
  });
});
