import fc from 'fast-check';
import realDataset from '../../public/data/alliance.json';
import { z } from 'zod';
import { arrayMutation, extremeValue, fieldMutation, garbage, legalExtreme, nearValid } from '../test/datasetArbitraries';
import { checkedDataset } from './checkDataset';
import { Dataset } from './schema';

/** A file as the page gets it: JSON text, parsed (no undefined, NaN or functions). */
const asFetched = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

/** Both validators' verdicts on one file: the compiled check's result and zod's. */
function verdicts(body: unknown) {
  const zod = Dataset.safeParse(asFetched(body));
  const compiled = checkedDataset(asFetched(body));
  return { zod: zod.success ? zod.data : null, compiled };
}

describe('the compiled dataset check agrees with zod', { timeout: 120_000 }, () => {
  it('accepts the real file, unchanged', () => {
    const { zod, compiled } = verdicts(realDataset);
    expect(compiled).toEqual(realDataset);
    expect(compiled).toEqual(zod);
  });

  it('on 600 near-valid files (broken fields, collections emptied, duplicated, replaced) and 300 legal extremes', () => {
    fc.assert(
      fc.property(fc.oneof(nearValid(fc.oneof(fieldMutation, arrayMutation)), nearValid(legalExtreme)), (body) => {
        const { zod, compiled } = verdicts(body);
        expect(compiled).toEqual(zod);
      }),
      { numRuns: 900, seed: 16 },
    );
  });

  it('on 300 random structures', () => {
    fc.assert(
      fc.property(garbage, (body) => {
        const { zod, compiled } = verdicts(body);
        expect(compiled).toEqual(zod);
      }),
      { numRuns: 300, seed: 1616 },
    );
  });

  // The objects inside records, which the record-level mutations above never reach: [collection, nested key, fields].
  const NESTED = [
    ['plants', 'capacities', ['amount', 'basis', 'scope', 'period', 'from']],
    ['brands', 'colours', ['light', 'dark']],
    ['brands', 'includes', ['brand', 'from', 'to']],
    ['ownership', 'investment', ['amount', 'currency']],
    ['ownership', 'alsoStated', ['percent', 'quote']],
  ] as const;
  /** The nested objects of the real file, each as a path to it: ['plants', 3, 'capacities', 0]. */
  const nestedPaths = NESTED.flatMap(([collection, key, fields]) =>
    (realDataset[collection] as readonly Record<string, unknown>[]).flatMap((record, i) => {
      const inner = record[key];
      const objects = Array.isArray(inner) ? inner.map((_, j) => [collection, i, key, j] as const) : inner ? [[collection, i, key] as const] : [];
      return objects.map((path) => ({ path: path as readonly (string | number)[], fields }));
    }),
  );
  const at = (data: unknown, path: readonly (string | number)[]) => path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], data) as Record<string, unknown>;

  it('on 400 files with a field inside a record changed: capacities, colours, includes, investments, restated stakes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...nestedPaths), fc.nat(), extremeValue, ({ path, fields }, pick, value) => {
        const body = structuredClone(realDataset) as unknown;
        const field = fields[pick % fields.length]!;
        if (value === undefined) delete at(body, path)[field];
        else at(body, path)[field] = value;
        const { zod, compiled } = verdicts(body);
        expect(compiled).toEqual(zod);
      }),
      { numRuns: 400, seed: 160 },
    );
  });

  it('at every record field’s length limit and one past it, in every collection', () => {
    const schema = z.toJSONSchema(Dataset, { target: 'draft-7', io: 'input' }) as { properties: Record<string, { items: { properties: Record<string, { maxLength?: number; anyOf?: { maxLength?: number }[] }> } }> };
    let checked = 0;
    for (const [collection, { items }] of Object.entries(schema.properties)) {
      const records = realDataset[collection as keyof typeof realDataset] as readonly Record<string, unknown>[];
      for (const [field, rule] of Object.entries(items.properties)) {
        const max = rule.maxLength ?? rule.anyOf?.find((r) => r.maxLength)?.maxLength;
        const index = records.findIndex((r) => typeof r[field] === 'string');
        if (max === undefined || index < 0) continue;
        for (const length of [max, max + 1]) {
          const body = structuredClone(realDataset) as unknown as Record<string, Record<string, unknown>[]>;
          body[collection]![index]![field] = 'é'.repeat(length);
          const { zod, compiled } = verdicts(body);
          expect({ collection, field, length, accepted: compiled !== null }).toEqual({ collection, field, length, accepted: zod !== null });
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('refuses what only the checks across records catch: a sale citing a source the file does not list', () => {
    const body = asFetched({ ...realDataset, sales: [{ ...realDataset.sales[0], source: 'nowhere' }] });
    expect(checkedDataset(body)).toBeNull();
  });

  it('counts a string’s length in code points, as zod does: 300 emoji (600 UTF-16 units) fit a title’s 300, 301 do not', () => {
    const withTitle = (title: string) => asFetched({ ...realDataset, sources: [{ ...realDataset.sources[0], title }, ...realDataset.sources.slice(1)] });
    expect(checkedDataset(withTitle('🚗'.repeat(300)))?.sources[0]?.title).toBe('🚗'.repeat(300));
    expect(verdicts(withTitle('🚗'.repeat(301)))).toEqual({ zod: null, compiled: null });
  });

  it('refuses half of a surrogate pair in any text, as zod does, and keeps a whole pair', () => {
    const withCity = (city: string) => asFetched({ ...realDataset, plants: [{ ...realDataset.plants[0], city }, ...realDataset.plants.slice(1)] });
    for (const city of ['Chen\ud83dnai', 'Chen\ude97nai', 'Chennai\ud83d', '\ude97\ud83d']) expect(verdicts(withCity(city))).toEqual({ zod: null, compiled: null });
    expect(checkedDataset(withCity('Chennai \ud83d\ude97'))?.plants[0]?.city).toBe('Chennai 🚗');
  });

  it('drops keys the schema does not know, at every depth, as zod does (a "__proto__" key among them)', () => {
    // Every object of the file gets two unknown keys: the root, each record, and each object inside a record.
    const text = JSON.stringify(realDataset).replaceAll('{"', '{"__proto__":{"polluted":true},"extra":1,"');
    const body = JSON.parse(text) as unknown;
    expect(Object.hasOwn(at(body, ['plants', 0, 'capacities', 0]), 'extra')).toBe(true);
    const compiled = checkedDataset(body);
    expect(compiled).toEqual(realDataset);
    expect(JSON.stringify(compiled)).not.toMatch(/"extra"|"__proto__"/);
  });
});
