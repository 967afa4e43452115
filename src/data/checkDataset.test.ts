import fc from 'fast-check';
import realDataset from '../../public/data/alliance.json';
import { arrayMutation, fieldMutation, garbage, legalExtreme, nearValid } from '../test/datasetArbitraries';
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

  it('refuses what only the checks across records catch: a sale citing a source the file does not list', () => {
    const body = asFetched({ ...realDataset, sales: [{ ...realDataset.sales[0], source: 'nowhere' }] });
    expect(checkedDataset(body)).toBeNull();
  });

  it('counts a string’s length in code points, as zod does: 300 emoji (600 UTF-16 units) fit a title’s 300, 301 do not', () => {
    const withTitle = (title: string) => asFetched({ ...realDataset, sources: [{ ...realDataset.sources[0], title }, ...realDataset.sources.slice(1)] });
    expect(checkedDataset(withTitle('🚗'.repeat(300)))?.sources[0]?.title).toBe('🚗'.repeat(300));
    expect(verdicts(withTitle('🚗'.repeat(301)))).toEqual({ zod: null, compiled: null });
  });

  it('drops keys the schema does not know, at every depth, as zod does (a "__proto__" key among them)', () => {
    const text = JSON.stringify(realDataset).replace('{"id":', '{"__proto__":{"polluted":true},"extra":1,"id":');
    const compiled = checkedDataset(JSON.parse(text));
    expect(compiled).toEqual(realDataset);
    expect(Object.keys(compiled?.sources[0] ?? {})).not.toContain('extra');
    expect(Object.hasOwn(compiled?.sources[0] ?? {}, '__proto__')).toBe(false);
  });
});
