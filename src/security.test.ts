import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import realDataset from '../public/data/alliance.json';
import { App } from './App';
import { LocaleProvider } from './i18n/LocaleProvider';
import { useFilters } from './state/filters';

/** The few Node calls this test needs, typed here because the app tsconfig carries no Node types. */
type NodeFs = {
  readdirSync(dir: string, options: { withFileTypes: true }): { name: string; isDirectory(): boolean }[];
  readFileSync(file: string, encoding: 'utf8'): string;
};
type NodePath = { resolve(...parts: string[]): string; relative(from: string, to: string): string };
declare const __dirname: string; // provided by Vitest's module wrapper
const [NODE_FS, NODE_PATH] = ['node:fs', 'node:path']; // variable specifiers keep tsc from resolving Node's types
const fs = (await import(/* @vite-ignore */ NODE_FS)) as NodeFs;
const path = (await import(/* @vite-ignore */ NODE_PATH)) as NodePath;

const SRC = path.resolve(__dirname);
const THIS_FILE = path.resolve(__dirname, 'security.test.ts');

/** Every .ts/.tsx file under src, read from disk (not through the module graph, so nothing is missed). */
function sourceFiles(dir = SRC): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.resolve(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    if (!/\.(ts|tsx)$/.test(entry.name) || full === THIS_FILE) return [];
    return [{ file: path.relative(SRC, full), text: fs.readFileSync(full, 'utf8') }];
  });
}

/** Ways of turning a string into markup or code; none may appear in the app. */
const BANNED: readonly [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML/outerHTML assignment', /\.(innerHTML|outerHTML)\s*\+?=(?!=)/],
  ['insertAdjacentHTML', /insertAdjacentHTML\s*\(/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['createContextualFragment', /createContextualFragment\s*\(/],
  ['eval', /(^|[^\w.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
];

describe('no raw HTML or code from strings in src', () => {
  const files = sourceFiles();

  it('finds the source files (the walk itself works)', () => {
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['App.tsx', 'main.tsx', 'data/schema.ts', 'components/ChartCard.tsx']));
  });

  it.each(BANNED)('no file uses %s', (_name, pattern) => {
    const offenders = files.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});

const PAYLOAD = '<img src=x onerror=alert(1)>';

type Loose = Record<string, Record<string, unknown>[]>;

/** The real dataset with the payload in every string a person sees: titles, labels, names, cities, quotes, notes. */
function payloadDataset(): Loose {
  const data = structuredClone(realDataset) as unknown as Loose;
  const fields: Record<string, string[]> = {
    sources: ['title', 'publisher'],
    evSeries: ['label', 'scopeNote'],
    evLaunches: ['model', 'quote'],
    companies: ['name', 'shortName', 'proseName'],
    plants: ['name', 'city', 'country', 'quote', 'note'],
    events: ['label', 'quote', 'note', 'evLabel'],
    targets: ['label', 'quote', 'note'],
    sales: ['quote', 'note'],
    salesTotals: ['quote', 'note'],
    evMilestones: ['quote', 'note'],
    ownership: ['quote', 'note'],
  };
  // The schema's limits for the short ones (a chart mark's label, a company's short name); 110 fits every other.
  const limit = new Map([['shortName', 40], ['evLabel', 40]]);
  for (const [key, names] of Object.entries(fields)) {
    data[key]?.forEach((record, i) => {
      // Optional fields only where the record has them: an evLabel on every event would put all fifty on the EV chart.
      for (const name of names) if (Object.hasOwn(record, name)) record[name] = `${PAYLOAD} ${String(record[name])} ${i}`.slice(0, limit.get(name) ?? 110);
    });
  }
  data.plants?.forEach((plant) => (plant.brands = [...(plant.brands as string[]), PAYLOAD]));
  return data;
}

/** Stubs fetch: the dataset request gets `body`; anything else (the map outlines) a 404. */
function serve(body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: RequestInfo | URL) =>
      String(url).endsWith('data/alliance.json')
        ? new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
        : new Response('not in tests', { status: 404 }),
    ),
  );
}

function renderApp() {
  useFilters.setState(useFilters.getInitialState(), true);
  window.history.replaceState(null, '', '/');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(createElement(QueryClientProvider, { client }, createElement(LocaleProvider, null, createElement(App))));
}

/** Waits for the dataset (header counts) and for all four views, which load as separate chunks (the first import of each is slow on a loaded machine). */
async function loaded() {
  await screen.findByText(/years? of sales/);
  await waitFor(() => expect(document.querySelectorAll('figure[data-chart]:not(.is-loading)')).toHaveLength(4), { timeout: 30_000 });
}

/** No element the payload could have created, and no inline handler anywhere. */
function injectedMarkup(): string[] {
  const found = [...document.querySelectorAll('img, script, iframe, object, embed')].map((el) => el.outerHTML);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) if (attr.name.toLowerCase().startsWith('on')) found.push(`${el.tagName} ${attr.name}`);
  }
  return found;
}

describe('dataset strings containing HTML render as text', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('the payload dataset is a valid dataset (so the charts, not the validator, handle it)', async () => {
    const { Dataset } = await import('./data/schema');
    expect(Dataset.safeParse(payloadDataset()).success).toBe(true);
  });

  it('in the charts, their tables and sources: the literal text is shown and no element is created', async () => {
    serve(payloadDataset());
    renderApp();
    await loaded();
    for (const button of screen.getAllByRole('button', { name: 'Show table' })) await userEvent.click(button);
    expect(document.body.textContent).toContain(PAYLOAD);
    expect(injectedMarkup()).toEqual([]);
  });

  it('in each table: the payload appears as cell text', async () => {
    serve(payloadDataset());
    renderApp();
    await loaded();
    for (const button of screen.getAllByRole('button', { name: 'Show table' })) await userEvent.click(button);
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(4);
    // Table by table: one that drew the payload as markup, or dropped it, has no cell holding its text.
    const payloadCells = tables.map((table) => [table.querySelector('caption')?.textContent, within(table).queryAllByText((text) => text.includes(PAYLOAD)).length]);
    expect(payloadCells.filter(([, count]) => count === 0)).toEqual([]);
    expect(injectedMarkup()).toEqual([]);
  });

  it('in the error panel: a rejected value holding HTML is quoted as text', async () => {
    const data = structuredClone(realDataset) as unknown as Loose;
    const sale = data.sales?.[0];
    if (sale) sale.units = PAYLOAD;
    serve(data);
    renderApp();
    expect(await screen.findByText(`sales[0].units: expected number, got "${PAYLOAD}"`)).toBeInTheDocument();
    expect(injectedMarkup()).toEqual([]);
  });
});
