import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeGrowth } from './make-growth.ts';
import { makeSynthetic, readRealDataset } from './make-synthetic.ts';
import { intlFor } from '../src/i18n/intl.ts';
import { freeSpot } from '../src/charts/ownership/autoPlace.ts';
import { ownershipChanges } from '../src/charts/ownership/compare.ts';
import { MOST_COMPANIES_DRAWN, ownershipDiagram } from '../src/charts/ownership/model.ts';

/**
 * The diagram of the benchmark's realistic 100× dataset (scripts/make-growth.ts, its fixed seed), where most
 * companies have no slot and are placed by freeSpot and most labels weigh their spots (placeLabel). The digests
 * were first those of the diagrams the code drew before the grids and the early-out costs of 2026-12-04 (commit
 * 8f08714), which only skip work that cannot change a choice; the code of 7e10966 drew those digests still, and
 * drew these when the generator stopped drawing two stakes of one pair at once (the schema refuses them). Any
 * change to where a box or label goes shows here.
 */
describe('ownership diagram at realistic scale', () => {
  const data = makeGrowth(16);
  const digest = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex');
  const en = intlFor('en');

  it.each([
    ['wide', 2010, 'en', '0a4173f60104755e1cab824b851260cc767cc869'],
    ['narrow', 2020, 'en', '87e4037acabc3aa4f50ff8873d6507e131cbbbdc'],
    ['wide', 2015, 'fr', 'ea332de5cca25f7012b827946c9a618355b0f381'],
  ] as const)('lays out %s %i in %s as pinned', (layout, year, locale, expected) => {
    const diagram = ownershipDiagram(data, year, layout, null, intlFor(locale), freeSpot);
    expect(diagram.nodes.length).toBe(40);
    expect(digest(diagram)).toBe(expected);
  });

  it('lays out 2005 compared with 2020 as pinned', () => {
    const diagram = ownershipDiagram(data, 2020, 'wide', ownershipChanges(data.ownership, 2005, 2020, en), en, freeSpot);
    expect(digest(diagram)).toBe('f4cbd8eacedc780494b133a83a51a7a2c75d5d57');
  });
});

describe('ownership diagram of a file with hundreds of members', () => {
  it('draws no more than MOST_COMPANIES_DRAWN boxes, members included, and leaves the rest to the table', () => {
    // 100 jittered copies of the shipped dataset: 300 members in 2020, which all drew and froze the tab for seconds.
    const copies = makeSynthetic(readRealDataset(), 100, 8);
    const diagram = ownershipDiagram(copies, 2020, 'wide', null, intlFor('en'), freeSpot);
    expect(diagram.nodes).toHaveLength(MOST_COMPANIES_DRAWN);
    expect(diagram.nodes.every((n) => n.kind === 'member')).toBe(true);
    // The shipped 2020 draws 17 companies: 100 copies hold 1,700.
    expect(diagram.leftOut).toBe(1700 - MOST_COMPANIES_DRAWN);
  });
});
