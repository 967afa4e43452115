import { smallDataset } from '../test/smallDataset';
import { indexById } from './indexById';

describe('indexById', () => {
  it('finds every source by its id, and is built once per list', () => {
    const index = indexById(smallDataset.sources);
    expect(smallDataset.sources.every((source) => index.get(source.id) === source)).toBe(true);
    expect(indexById(smallDataset.sources)).toBe(index);
  });

  it('finds nothing for an id that is an Object.prototype name', () => {
    expect([indexById(smallDataset.sources).get('__proto__'), indexById(smallDataset.sources).get('constructor')]).toEqual([undefined, undefined]);
  });

  it('keeps one index per list: companies and sources apart', () => {
    const companies = indexById(smallDataset.companies);
    expect(smallDataset.companies.every((company) => companies.get(company.id) === company)).toBe(true);
    expect(companies.get(smallDataset.sources[0]!.id)).toBeUndefined();
  });
});
