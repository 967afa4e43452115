import { smallDataset } from '../test/smallDataset';
import { sourceTitle } from './sourceIndex';
import { indexById } from './indexById';

describe('sourceTitle', () => {
  it('is the title of the source with that id, else the id itself', () => {
    const sources = indexById(smallDataset.sources);
    expect(sourceTitle(sources, 'wiki-alliance')).toBe('Renault–Nissan–Mitsubishi Alliance');
    expect(sourceTitle(sources, 'no-such-source')).toBe('no-such-source');
    expect(sourceTitle(sources, 'constructor')).toBe('constructor');
  });
});
