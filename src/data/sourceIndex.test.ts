import { smallDataset } from '../test/smallDataset';
import { sourcesById, sourceTitle } from './sourceIndex';

describe('sourcesById', () => {
  it('finds every source by its id, and is built once per list', () => {
    const index = sourcesById(smallDataset.sources);
    expect(smallDataset.sources.every((source) => index.get(source.id) === source)).toBe(true);
    expect(sourcesById(smallDataset.sources)).toBe(index);
  });

  it('finds nothing for an id that is an Object.prototype name', () => {
    expect([sourcesById(smallDataset.sources).get('__proto__'), sourcesById(smallDataset.sources).get('constructor')]).toEqual([undefined, undefined]);
  });
});

describe('sourceTitle', () => {
  it('is the title of the source with that id, else the id itself', () => {
    expect(sourceTitle(smallDataset.sources, 'wiki-alliance')).toBe('Renault–Nissan–Mitsubishi Alliance');
    expect(sourceTitle(smallDataset.sources, 'no-such-source')).toBe('no-such-source');
  });
});
