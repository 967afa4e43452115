import type { Company, Dataset, Ownership } from '../../data/schema';
import { intlFor } from '../../i18n/intl';
import { smallDataset } from '../../test/smallDataset';
import { edgeDetails, nodeDetails, ownershipEmptyMessage, ownershipSummary } from './text';

// A hand-made history of two members and four other companies: what each year's sentences say is known by construction.
const en = intlFor('en');
const company = (id: string, name: string, kind: Company['kind'] = 'entity'): Company => ({ id, name, kind, brand: null });
const stake = (holder: string, held: string, percent: number | null, from: number, to: number | null, extra: Partial<Ownership> = {}): Ownership => ({
  holder, held, percent, voting: true, from, to, source: 'src-a', ...extra,
});

const COMPANIES = [company('m1', 'Alpha', 'member'), company('m2', 'Beta', 'member'), company('x', 'Xen'), company('y', 'Yor'), company('z', 'Zed'), company('w', 'Wex')];
const HISTORY: Ownership[] = [
  stake('m1', 'm2', 40, 2000, null),
  stake('m2', 'm1', 10, 2000, 2005, { voting: false }),
  stake('m2', 'm1', 10, 2005, null), // gained votes in 2005
  stake('m1', 'x', 20, 2003, 2005),
  stake('m1', 'x', 30, 2005, null), // raised in 2005
  stake('m1', 'y', 5, 2008, 2010),
  stake('m2', 'z', 6, 2008, 2010),
  stake('m1', 'w', 7, 2008, 2012),
  stake('m1', 'w', 7, 2012, null), // restated in 2012: no change
  stake('x', 'w', null, 2010, null, { fromIsFirstRecord: true, source: 'src-b' }),
];
const data = { ...smallDataset, companies: COMPANIES, ownership: HISTORY, sources: [{ ...smallDataset.sources[0]!, id: 'src-a', title: 'Source A' }] } as Dataset;
const summary = (year: number) => ownershipSummary(data, year, en);

describe('ownershipSummary on a hand-made history', () => {
  it('says the Alliance began in its first year', () => {
    expect(summary(2000)).toBe('In 2000 Alpha held 40% of Beta; Beta held 10% of Alpha without votes. That year the Alliance began.');
  });

  // 6,000 members (a valid file) made a 516 KB summary, built in time quadratic in them: 1.3 s a year change.
  it('names the first six members’ stakes and counts the others', () => {
    const ring = Array.from({ length: 10 }, (_, i) => company(`m${i}`, `M${i}`, 'member'));
    const stakes = ring.map((_, i) => stake(`m${i}`, `m${(i + 1) % 10}`, 10, 2000, null));
    const sentence = ownershipSummary({ ...data, companies: ring, ownership: stakes } as Dataset, 2001, en);
    const named = Array.from({ length: 6 }, (_, i) => `M${i} held 10% of M${i + 1}`).join('; ');
    expect(sentence).toBe(`In 2001 ${named}; 4 other members held stakes in other members. The structure was unchanged since 2000.`);
  });

  it('names a raised stake and votes gained', () => {
    expect(summary(2005)).toBe('In 2005 Alpha held 40% of Beta; Beta held 10% of Alpha. That year Beta’s 10% of Alpha gained votes and Alpha’s stake in Xen went from 20% to 30%.');
  });

  // A stake stated with two figures (`alsoStated`): the sentence that reports the change is the after-stake's
  // quote, and where that sentence gives the figure before ("reduced its 43.3% … to 15%"), the change says it.
  it('words a change from the figure its own sentence gives for before, where the stake was stated twice', () => {
    const sentence = 'In 2005 Alpha cut its 19% stake in Xen to 30%';
    const twice = (quote: string) => ({ ...data, ownership: [
      ...HISTORY.filter((o) => !(o.holder === 'm1' && o.held === 'x')),
      stake('m1', 'x', 20, 2003, 2005, { quote: 'Alpha held 20% of Xen', alsoStated: { percent: 19, quote } }),
      stake('m1', 'x', 30, 2005, null, { quote: sentence }),
    ] } as Dataset);
    expect(ownershipSummary(twice(sentence), 2005, en)).toContain('Alpha’s stake in Xen went from 19% to 30%');
    expect(ownershipSummary(twice('Elsewhere: Alpha held 19% of Xen'), 2005, en)).toContain('Alpha’s stake in Xen went from 20% to 30%');
  });

  // "The French State's 15% stake" (2014), then "an additional €1.23 billion of shares" (2015) with no figure after.
  it('names a stake whose figure is no longer given as changed, not the year as unchanged', () => {
    const unstated = { ...data, ownership: [
      ...HISTORY.filter((o) => !(o.holder === 'm1' && o.held === 'x')),
      stake('m1', 'x', 30, 2005, 2007),
      stake('m1', 'x', null, 2007, null),
    ] } as Dataset;
    expect(ownershipSummary(unstated, 2007, en)).toBe('In 2007 Alpha held 40% of Beta; Beta held 10% of Alpha. That year Alpha’s stake in Xen changed (30% → size unstated).');
  });

  it('counts more than two new stakes instead of naming them', () => {
    expect(summary(2008)).toBe('In 2008 Alpha held 40% of Beta; Beta held 10% of Alpha. That year 3 new stakes appeared.');
  });

  it('names a first-recorded stake and up to two ended ones', () => {
    expect(summary(2010)).toBe(
      'In 2010 Alpha held 40% of Beta; Beta held 10% of Alpha. That year Xen’s stake in Wex is first recorded, Alpha’s 5% of Yor ended and Beta’s 6% of Zed ended.',
    );
  });

  it('gives the last year of change when a restated record changed nothing', () => {
    expect(summary(2012)).toBe('In 2012 Alpha held 40% of Beta; Beta held 10% of Alpha. The structure was unchanged since 2010.');
  });

  it('names a year’s change the way a comparison of that year with the one before finds it: a planned figure reported, an investment repriced', () => {
    // The old rule of its own knew only percentages and votes: these two years read "unchanged since 2005".
    const restated = { ...data, ownership: [
      ...HISTORY.filter((o) => !(o.holder === 'm1' && o.held === 'x')),
      stake('m1', 'x', 30, 2005, 2014, { basis: 'planned' }),
      stake('m1', 'x', 30, 2014, 2016),
      stake('m1', 'x', 30, 2016, 2018, { investment: { amount: 1e9, currency: 'EUR' } }),
      stake('m1', 'x', 30, 2018, null, { investment: { amount: 2e9, currency: 'EUR' } }),
    ] } as Dataset;
    expect(ownershipSummary(restated, 2014, en)).toMatch(/ That year Alpha’s stake in Xen changed \(30% planned → reported\)\.$/);
    expect(ownershipSummary(restated, 2018, en)).toMatch(/ That year Alpha’s stake in Xen changed \(30% \(€1B\) → 30% \(€2B\)\)\.$/);
  });

  it('says when no stake is recorded, and why the diagram is empty', () => {
    expect(summary(1999)).toBe('No stakes are recorded for 1999.');
    expect(ownershipEmptyMessage(data, 1999, ['Renault'], en)).toBe('The Alliance began in 2000: there are no cross-shareholdings to show for 1999. Pick a later year.');
    expect(ownershipEmptyMessage(data, 2000, ['Renault'], en)).toBeNull();
  });
});

describe('tooltips on the hand-made history', () => {
  it('words each kind of stake and lists its quote and note', () => {
    const kinds = [stake('m1', 'x', null, 2001, null), stake('m1', 'x', 5, 2001, null, { voting: false }), stake('m1', 'x', 5, 2001, null), stake('m1', 'x', 5, 2001, null, { voting: null })];
    expect(kinds.map((s) => edgeDetails(data, s, en).subtitle.split(' · ')[0])).toEqual(['No figure given', 'Non-voting shares (long dashes)', 'Voting shares', 'Voting rights not stated']);
    const quoted = edgeDetails(data, stake('m1', 'x', 5, 2001, null, { quote: 'Alpha buys in.', note: 'Reported late.' }), en);
    expect([quoted.sections, quoted.sources]).toEqual([[{ heading: '', items: [{ text: '“Alpha buys in.”', note: null }, { text: 'Reported late.', note: null }] }], ['Source A']]);
    expect(edgeDetails(data, stake('m1', 'x', 5, 2001, null), en).sections).toEqual([]);
  });

  it('titles a company by its name and cites only the sources of its own stakes', () => {
    const wex = nodeDetails(data, 2010, 'w', en);
    expect([wex.title, wex.subtitle, wex.sources]).toEqual(['Wex', 'Joint company or subsidiary · as of 2010', ['Source A', 'src-b']]);
    const unknown = nodeDetails(data, 2010, 'nobody', en);
    expect([unknown.title, unknown.subtitle, unknown.sections, unknown.sources]).toEqual(['nobody', 'Company · as of 2010', [], []]);
  });
});

describe('ownershipSummary’s yearly phrases, each from a two- to four-record history', () => {
  const sentence = (year: number, ...ownership: Ownership[]) => ownershipSummary({ ...data, ownership: [stake('m1', 'm2', 40, 2000, null), ...ownership] }, year, en).split('. ')[1];

  it('names two new stakes one by one, and counts three ended ones', () => {
    expect(sentence(2008, stake('m1', 'y', 5, 2008, null), stake('m2', 'z', 6, 2008, null))).toBe('That year Alpha took 5% of Yor and Beta took 6% of Zed.');
    expect(sentence(2008, stake('m1', 'y', 5, 2001, 2008), stake('m2', 'z', 6, 2001, 2008), stake('x', 'y', 7, 2001, 2008))).toBe('That year 3 stakes ended.');
  });

  it('pairs a record only with the ended one of the same holder and held company', () => {
    expect(sentence(2008, stake('m1', 'y', 5, 2001, 2008), stake('m1', 'z', 8, 2008, null))).toBe('That year Alpha took 8% of Zed and Alpha’s 5% of Yor ended.');
  });

  it('says a stake with no figure reached one, and votes lost', () => {
    expect(sentence(2008, stake('m2', 'x', null, 2001, 2008), stake('m2', 'x', 25, 2008, null))).toBe('That year Beta’s stake in Xen reached 25%.');
    expect(sentence(2008, stake('m2', 'x', 25, 2001, 2008), stake('m2', 'x', 25, 2008, null, { voting: false }))).toBe('That year Beta’s 25% of Xen lost votes.');
  });

  it('counts a stake’s end as the last change', () => {
    expect(sentence(2008, stake('m1', 'x', 5, 2003, 2006))).toBe('The structure was unchanged since 2006.');
  });

  it('says no stake is recorded in a year after every stake ended', () => {
    const ended = { ...data, ownership: [stake('m1', 'm2', 40, 2000, 2004)] };
    expect(ownershipEmptyMessage(ended, 2006, ['Renault'], en)).toBe('No stakes are recorded for 2006.');
  });
});
