import { expect, it } from 'vitest';
import { smallDataset } from '../test/smallDataset';
import { sourceTitlesOf } from './sourceTitles';

const source = (id: string, title: string) => ({ ...smallDataset.sources[0]!, id, title });

it('maps each source id to its title, one Map per dataset', () => {
  const dataset = { ...smallDataset, sources: [source('maker-report', 'Annual report 2017'), source('press', 'Press release')] };
  const titles = sourceTitlesOf(dataset);
  expect([...titles]).toEqual([['maker-report', 'Annual report 2017'], ['press', 'Press release']]);
  expect(sourceTitlesOf(dataset)).toBe(titles);
  expect(sourceTitlesOf({ ...dataset })).not.toBe(titles);
  expect(titles.get('constructor')).toBeUndefined();
});
