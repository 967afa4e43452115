import { smallDataset } from '../test/smallDataset';
import { sourceTitle, sourceTitlesOf } from './sourceIndex';

describe('sourceTitle', () => {
  it('is the title of the source with that id, else the id itself', () => {
    const titles = sourceTitlesOf(smallDataset.sources);
    expect(sourceTitle(titles, 'wiki-alliance')).toBe('Renault–Nissan–Mitsubishi Alliance');
    expect(sourceTitle(titles, 'no-such-source')).toBe('no-such-source');
    expect(sourceTitle(titles, 'constructor')).toBe('constructor');
  });
});

const source = (id: string, title: string) => ({ ...smallDataset.sources[0]!, id, title });

describe('sourceTitlesOf', () => {
  it('maps each source id to its title, one Map per source list', () => {
    const sources = [source('maker-report', 'Annual report 2017'), source('press', 'Press release')];
    const titles = sourceTitlesOf(sources);
    expect([...titles]).toEqual([['maker-report', 'Annual report 2017'], ['press', 'Press release']]);
    expect(sourceTitlesOf(sources)).toBe(titles);
    expect(sourceTitlesOf([...sources])).not.toBe(titles);
    expect(titles.get('constructor')).toBeUndefined();
  });
});
