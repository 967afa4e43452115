import { freeSpot } from '../charts/ownership/autoPlace';
import { act, cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { createElement } from 'react';
import realDataset from '../../public/data/alliance.json';
import { evLayout } from '../charts/ev/layout';
import { evBrands, evDataExtent, evFootnotes, evLines, evMarkers, evSourceIds, evSummary, evWindow } from '../charts/ev/model';
import { evTable } from '../charts/ev/table';
import { brandsDrawn, dimmedMarks, ownershipChangeYears, ownershipDiagram, stakesActiveIn } from '../charts/ownership/model';
import { keyEntries, mapKeyLayout, plantLabels, sizeKeyValues } from '../charts/plants/layout';
import { mapHeight, maxRadiusFor, plantMarks, plantsSummary, radiusScale, rankedGroups, regionProjection } from '../charts/plants/model';
import { plantsTable } from '../charts/plants/table';
import {
  hiddenBrandsWithFigures,
  salesChartRows,
  salesEmptyMessage,
  salesFootnotes,
  salesSummary,
  salesTableSpan,
  salesTarget,
  salesValueAxis,
  salesYears,
  salesYearsShown,
} from '../charts/sales/model';
import { salesTable } from '../charts/sales/table';
import { datasetCounts } from '../components/datasetCounts';
import { intlFor } from '../i18n/intl';
import { LOCALES } from '../i18n/locales';
import { defaultFilters, useFilters, type Filters } from '../state/filters';
import { arrayMutation, COLLECTIONS, fieldMutation, garbage, legalExtreme, nearValid, type Collection, type Json } from '../test/datasetArbitraries';
import { domain, renderWithProviders } from '../test/renderWithProviders';
import { brandIds } from './catalogue';
import { VIEWS } from '../views';
import { DatasetError } from './loadDataset';
import { parseDataset } from './parseDataset';
import { describeRecord, disputeFor, recordsCitingSource } from './provenance';
import { RECORD_KEYS, type Dataset } from './schema';

const en = intlFor('en');

const DEFAULT_FILTERS = defaultFilters(domain);
const YEAR_DOMAIN = domain.years;

/*
 * Fuzzes the dataset gate: every generated file is either accepted — and then every model function runs
 * on it without throwing and without drawing NaN — or rejected with a DatasetError whose lines each name
 * a path. Anything else (a TypeError in a model, a zod crash) fails the test with the shrunk input.
 */

/** A detail line names where the problem is: `sales[3].units: …`, `(file): …`, or the "…and N more" tail. */
const PATH_LINE = /^(\(file\)|[A-Za-z]+(\[\d+\]|\.[A-Za-z]+)*): \S|^…and \d+ more problems$/;

/** Filter states the models are run with: all, none, one brand, and single years at the domain edges. */
const FILTER_CASES: readonly Filters[] = [
  DEFAULT_FILTERS,
  { ...DEFAULT_FILTERS, brands: [] },
  { ...DEFAULT_FILTERS, brands: ['Mitsubishi'], yearRange: [YEAR_DOMAIN[0], YEAR_DOMAIN[0]] },
  { ...DEFAULT_FILTERS, yearRange: [YEAR_DOMAIN[1], YEAR_DOMAIN[1]], salesMode: 'share', salesLayout: 'grouped', evScale: 'log', mapRegion: 'asia' },
];

type ModelRun = [name: string, run: (dataset: Dataset, filters: Filters) => unknown];

/** The widths the views are drawn at: a phone card and a desktop card. */
const WIDTHS = [340, 700] as const;

/** Sales: every model function, chained the way SalesView chains them. */
const salesRun: ModelRun = ['sales', (dataset, { yearRange, brands, salesMode, salesLayout }) => {
  const filter = { yearRange, brands };
  const years = salesYears(dataset, filter);
  const hidden = hiddenBrandsWithFigures(dataset, filter);
  const target = salesTarget(dataset, yearRange, salesMode, salesLayout, years.map((y) => y.year));
  const rows = salesChartRows(years, salesMode);
  return {
    span: salesTableSpan(dataset),
    shown: salesYearsShown(dataset, yearRange),
    rows,
    axis: salesValueAxis(rows, salesMode, salesLayout, target?.units ?? null),
    summary: salesSummary(years, hidden.length > 0, en),
    footnotes: salesFootnotes(years, hidden, salesMode, 'stacked', en),
    table: salesTable(years, en),
    empty: salesEmptyMessage(dataset, filter, years, en),
  };
}];

/** EV: lines, markers, table and text, then the drawn layout at each width. */
const evRun: ModelRun = ['ev', (dataset, { yearRange, brands, evScale }) => {
  const months = evWindow(dataset, yearRange);
  const lines = evLines(dataset, brands, months, en);
  const markers = evMarkers(dataset, brands, months, en);
  return {
    extent: evDataExtent(dataset),
    brands: evBrands(dataset),
    table: evTable(lines, en),
    summary: evSummary(lines, markers, dataset.evLaunches, yearRange, en),
    footnotes: evFootnotes(lines, months, en),
    sources: evSourceIds(lines, markers),
    layouts: months && lines.length ? WIDTHS.map((width) => evLayout(lines, markers, months, evScale, width, null, [], 'en')) : [],
  };
}];

/** Ownership: the diagram at the range's end year in both layouts, with brand dimming. */
const ownershipRun: ModelRun = ['ownership', (dataset, { yearRange, brands }) => {
  const year = yearRange[1];
  return {
    active: stakesActiveIn(dataset.ownership, year),
    changes: ownershipChangeYears(dataset.ownership, YEAR_DOMAIN),
    drawn: brandsDrawn(dataset, year),
    diagrams: (['wide', 'narrow'] as const).map((layout) => {
      const diagram = ownershipDiagram(dataset, year, layout, null, en, freeSpot);
      const dimmed = dimmedMarks(diagram, brands, { brands: brands.slice(0, 1), nodeId: diagram.nodes[0]?.id ?? null });
      return { diagram, dimmed: { nodes: [...dimmed.nodes], edges: [...dimmed.edges] } };
    }),
  };
}];

/** Plants: the map marks, labels and key at each width, and the ranked list, table and summary. */
const plantsRun: ModelRun = ['plants', (dataset, choices) => {
  const { plants } = dataset;
  const filters = { ...choices, allBrands: brandIds(dataset) };
  return {
    summary: plantsSummary(plants, filters, en),
    table: plantsTable(plants, filters, en),
    groups: rankedGroups(plants, filters),
    maps: WIDTHS.map((width) => {
      const height = mapHeight(filters.mapRegion, width);
      const radius = radiusScale(plants, maxRadiusFor(width));
      const marks = plantMarks(plants, filters, regionProjection(filters.mapRegion, width, height), { width, height }, radius, en);
      return {
        marks,
        labels: plantLabels(marks, { width, height }, 12),
        key: mapKeyLayout(sizeKeyValues(radius), keyEntries(marks, filters.yearRange[1], en), width, 12, en),
      };
    }),
  };
}];

const MODEL_RUNS: readonly ModelRun[] = [salesRun, evRun, ownershipRun, plantsRun];

/** Paths inside a model result that hold NaN (a mark drawn at NaN is a broken chart). */
function nanPaths(value: unknown, path = '', out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'number' && Number.isNaN(value)) out.push(path || '(result)');
  if (value && typeof value === 'object' && !seen.has(value) && out.length < 5) {
    seen.add(value);
    for (const [key, child] of Object.entries(value)) nanPaths(child, `${path}.${key}`, out, seen);
  }
  return out;
}

/** Runs every pure function that takes the dataset; throws (failing the property) on the first problem. */
function runModels(dataset: Dataset) {
  datasetCounts(dataset, intlFor('en'));
  for (const key of RECORD_KEYS) {
    dataset[key].forEach((_, index) => {
      for (const locale of LOCALES) {
        describeRecord(dataset, { key, index }, intlFor(locale));
        disputeFor(dataset, { key, index }, intlFor(locale));
      }
    });
  }
  for (const source of dataset.sources) recordsCitingSource(dataset, source.id);
  for (const filters of FILTER_CASES) {
    for (const [name, run] of MODEL_RUNS) {
      const nan = nanPaths(run(dataset, filters));
      if (nan.length) throw new Error(`${name} returned NaN at ${nan.join(', ')} for filters ${JSON.stringify(filters)}`);
    }
  }
}

/** Validates a body; on acceptance runs the models. Returns whether it was accepted. */
function checkBody(body: unknown): boolean {
  let dataset: Dataset;
  try {
    dataset = parseDataset(body);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    expect(error.details.length).toBeGreaterThan(0);
    for (const line of error.details) expect(line).toMatch(PATH_LINE);
    return false;
  }
  runModels(dataset);
  return true;
}

/** Names an id can take that a plain-object lookup would find on Object.prototype. */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'];

/** The real file with the first ids of every collection (and every reference to them) renamed to PROTOTYPE_NAMES. */
function withPrototypeIds(): Json {
  const data = structuredClone(realDataset) as unknown as Record<Collection, Json[]>;
  const rename = (key: Collection, refs: readonly (readonly [Collection, string])[]) => {
    const names = new Map(data[key].slice(0, PROTOTYPE_NAMES.length).map((record, i) => [record.id as string, PROTOTYPE_NAMES[i]!]));
    for (const record of data[key]) record.id = names.get(record.id as string) ?? record.id;
    for (const [collection, field] of refs) {
      for (const record of data[collection]) record[field] = names.get(record[field] as string) ?? record[field];
    }
  };
  rename('sources', COLLECTIONS.filter((key) => key !== 'sources' && key !== 'evSeries' && key !== 'companies').map((key) => [key, 'source'] as const));
  rename('evSeries', [['evMilestones', 'series'], ['targets', 'series']]);
  rename('companies', [['ownership', 'holder'], ['ownership', 'held'], ['plants', 'operator']]);
  rename('plants', []);
  for (const plant of data.plants) plant.brands = [...(plant.brands as string[]), 'constructor', '__proto__'];
  // Brands too, named also like the fields of a sales row and the legends' own entries.
  const brands = new Map((data.brands as Json[]).map((brand, i) => [brand.id as string, BRAND_NAMES[i] ?? (brand.id as string)]));
  const renamed = (id: unknown) => (typeof id === 'string' ? (brands.get(id) ?? id) : id);
  for (const brand of data.brands) {
    brand.id = renamed(brand.id);
    if (Array.isArray(brand.includes)) for (const part of brand.includes as Json[]) part.brand = renamed(part.brand);
  }
  for (const key of ['sales', 'evSeries', 'evLaunches', 'companies'] as const) for (const record of data[key]) record.brand = renamed(record.brand);
  for (const plant of data.plants) plant.brands = (plant.brands as string[]).map(renamed);
  return data;
}

/** What the real file's brands are renamed to: prototype members, a sales row's fields, a legend's entries. */
const BRAND_NAMES = ['__proto__', 'year', 'constructor', 'others', 'total'];

/** The dataset `body` parses to, or null where the schema refuses it. */
function acceptedOrNull(body: unknown): Dataset | null {
  try {
    return parseDataset(body);
  } catch {
    return null;
  }
}

describe('ids named like Object.prototype members (constructor, __proto__, toString, hasOwnProperty …)', { timeout: 60_000 }, () => {
  it('are accepted, and every model runs on them without throwing or drawing NaN', () => {
    expect(checkBody(withPrototypeIds())).toBe(true);
  });

  it('every view draws them under every filter case, with no card failing', async () => {
    await Promise.all(VIEWS.map(({ code }) => code.preload()));
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline in tests'))));
    try {
      const dataset = parseDataset(withPrototypeIds());
      for (const filters of FILTER_CASES) {
        for (const { code } of VIEWS) {
          const { container, unmount } = renderWithProviders(createElement(code.View, { dataset }), dataset);
          act(() => useFilters.getState().applyFilters(filters));
          expect(container.querySelector('figure[data-chart]')).not.toBeNull();
          expect(container.querySelector('[role="alert"]')).toBeNull();
          expect(container.innerHTML).not.toMatch(/NaN|undefined/);
          unmount();
        }
      }
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

// Each accepted file runs every view's models under four filter states: allow more than the 5 s default,
// and more again for a loaded machine: the 40 renders take 16 s on a quiet one, once 88 s in CI, and 263 s
// beside a browser suite and two other engineers' test runs.
describe('dataset validation and models on generated files', { timeout: 480_000 }, () => {
  it('the real file is accepted and every model runs on it', () => {
    expect(checkBody(structuredClone(realDataset))).toBe(true);
  });

  it('near-valid files: 600 real files with up to four breaking or extreme changes', () => {
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(nearValid(fc.oneof(fieldMutation, arrayMutation, legalExtreme)), (body) => {
        outcomes[checkBody(body) ? 'accepted' : 'rejected'] += 1;
      }),
      { numRuns: 600, seed: 8 },
    );
    // Both branches must be exercised in earnest, or the test proves little.
    expect(outcomes.accepted).toBeGreaterThan(100);
    expect(outcomes.rejected).toBeGreaterThan(100);
  });

  it('legal extremes: 300 files the schema accepts, every model runs on each', () => {
    let accepted = 0;
    fc.assert(
      fc.property(nearValid(legalExtreme), (body) => {
        if (checkBody(body)) accepted += 1;
      }),
      { numRuns: 300, seed: 88 },
    );
    expect(accepted).toBeGreaterThan(250);
  });

  it('garbage: 300 random structures are rejected with path-naming lines, never a crash', () => {
    fc.assert(
      fc.property(garbage, (body) => {
        expect(checkBody(body)).toBe(false);
      }),
      { numRuns: 300, seed: 888 },
    );
  });

  it('an all-empty dataset (one source, nothing else) is refused: it dates nothing, so it has no years to show', () => {
    const empty = Object.fromEntries(COLLECTIONS.map((key) => [key, key === 'sources' ? realDataset.sources.slice(0, 1) : []]));
    expect(() => parseDataset(empty)).toThrow(expect.objectContaining({ details: ['(file): the dataset dates nothing, so it has no years to show'] }));
  });

  it('a dataset of its sources and one event (no brand, no figure) is accepted and every model runs', () => {
    const bare = Object.fromEntries(COLLECTIONS.map((key) => [key, key === 'sources' ? realDataset.sources : key === 'events' ? realDataset.events.slice(0, 1) : []]));
    expect(checkBody(bare)).toBe(true);
  });

  it('a dataset where every brand has one sale of zero units is accepted and every model runs', () => {
    const data = structuredClone(realDataset) as unknown as Json;
    data.sales = domain.brands.map((brand) => ({ year: 2015, brand, units: 0, source: realDataset.sources[0]?.id }));
    data.salesTotals = [{ year: 2015, units: 0, source: realDataset.sources[0]?.id }];
    expect(checkBody(data)).toBe(true);
  });

  it('rendering: the four views draw 40 accepted extreme files without throwing', async () => {
    // Views are lazy chunks: load them first, so each render below draws the view rather than suspending.
    await Promise.all(VIEWS.map(({ code }) => code.preload()));
    // The map outline fetch has nowhere to go in jsdom; fail it quietly (the view shows its fallback).
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline in tests'))));
    try {
      fc.assert(
        fc.property(nearValid(legalExtreme), fc.constantFrom(...FILTER_CASES), (body, filters) => {
          // A stretched stake can overlap the next one of its pair, which the schema refuses: drawn here are the files it accepts.
          const dataset = acceptedOrNull(body);
          fc.pre(dataset !== null);
          for (const { code } of VIEWS) {
            const { container, unmount } = renderWithProviders(createElement(code.View, { dataset }), dataset);
            expect(container.querySelector('figure[data-chart]')).not.toBeNull();
            act(() => useFilters.getState().applyFilters(filters));
            unmount();
          }
          cleanup();
        }),
        { numRuns: 40, seed: 8888 },
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
