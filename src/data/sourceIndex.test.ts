import { smallDataset } from '../test/smallDataset';
import { sourcesById, sourceTitle, sourceTitlesOf } from './sourceIndex';

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

const source = (id: string, title: string) => ({ ...smallDataset.sources[0]!, id, title });

describe('sourceTitlesOf', () => {
  it('maps each source id to its title, one Map per dataset', () => {
    const dataset = { ...smallDataset, sources: [source('maker-report', 'Annual report 2017'), source('press', 'Press release')] };
    const titles = sourceTitlesOf(dataset);
    expect([...titles]).toEqual([['maker-report', 'Annual report 2017'], ['press', 'Press release']]);
    expect(sourceTitlesOf(dataset)).toBe(titles);
    expect(sourceTitlesOf({ ...dataset })).not.toBe(titles);
    expect(titles.get('constructor')).toBeUndefined();
  });
});
