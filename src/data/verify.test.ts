import type { Dataset } from './schema';
import { countRecords, normalizeText, numbersIn, quoteParts, verifyDataset } from './verify';

/** Two tiny documents: a.txt holds the figures, b.txt holds unrelated text. */
const documents: Record<string, string> = {
  'a.txt': 'In 2001, Renault increased its stake in Nissan to 43.4%.\n| Renault | 2,722,062 | 2,550,286 |\n| Nissan | 100 | 200 |\n| Total | 2,722,162 | 2,550,486 |\nThe Alliance’s  “best” plant',
  'b.txt': 'Nissan has invested 600 million euros in Ampère.',
  'c.txt': 'In total, the Alliance reported more than €1.5 billion in synergies in 2010. Later it set a new target to double annual synergies to €10 billion by the end of the plan. '
    + 'The companies will together produce 250,000 four-cylinder gasoline engines in the plant. In 2023, Renault reduced its 43.3% voting stake in Nissan to 15%.',
};

// Two sentences of c.txt joined, with no year of the target's own: the label and note tests need one that lacks it.
const SYNERGY_QUOTE = 'In total, the Alliance reported more than €1.5 billion in synergies in 2010. … set a new target to double annual synergies to €10 billion by the end of the plan';
const ENGINES_QUOTE = 'The companies will together produce 250,000 four-cylinder gasoline engines in the plant.';

/** The tiny dataset with a target and a plant citing c.txt. */
function withTargetAndPlant(): Dataset {
  const data = tinyDataset();
  data.sources.push({ id: 'c', title: 'C', file: 'c.txt', language: 'en', kind: 'encyclopedia' });
  data.targets.push({
    year: 2022, amount: 10000000000, unit: 'EUR', period: 'year', measure: 'synergies', label: 'Synergies', source: 'c', quote: SYNERGY_QUOTE,
  });
  data.plants.push({
    id: 'decherd', name: 'Decherd', city: 'Decherd', country: 'United States', lat: 35, lon: -86, brands: ['Nissan'], capacityUnit: 'engines',
    capacities: [{ amount: 250000, basis: 'planned', scope: 'model', period: null, from: '2014' }], source: 'c', quote: ENGINES_QUOTE,
  });
  return data;
}

const RENAULT_ROW = '| Renault | 2,722,062 | 2,550,286 |';
const NISSAN_ROW = '| Nissan | 100 | 200 |';
const TOTAL_ROW = '| Total | 2,722,162 | 2,550,486 |';

/** A small dataset whose every record is correct against `documents`. */
function tinyDataset(): Dataset {
  const sale = (year: number, brand: Dataset['sales'][number]['brand'], units: number | null, quote: string) => ({ year, brand, units, source: 'a', quote });
  return {
    sources: [
      { id: 'a', title: 'A', file: 'a.txt', language: 'en', kind: 'encyclopedia' },
      { id: 'b', title: 'B', file: 'b.txt', language: 'en', kind: 'news' },
    ],
    brands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'].map((id) => ({ id, colours: { light: '#000000', dark: '#FFFFFF' } })),
    sales: [
      sale(2011, 'Renault', 2722062, RENAULT_ROW),
      sale(2011, 'Nissan', 100, NISSAN_ROW),
      { year: 2011, brand: 'Mitsubishi', units: null, source: 'a', note: 'no figure' },
      { year: 2011, brand: 'AvtoVAZ', units: null, source: 'a', note: 'no figure' },
      sale(2012, 'Renault', 2550286, RENAULT_ROW),
      sale(2012, 'Nissan', 200, NISSAN_ROW),
      { year: 2012, brand: 'Mitsubishi', units: null, source: 'a', note: 'no figure' },
      { year: 2012, brand: 'AvtoVAZ', units: null, source: 'a', note: 'no figure' },
    ],
    salesTotals: [
      { year: 2011, units: 2722162, source: 'a', quote: TOTAL_ROW },
      { year: 2012, units: 2550486, source: 'a', quote: TOTAL_ROW },
    ],
    evSeries: [],
    evMilestones: [],
    evLaunches: [],
    companies: [
      { id: 'renault', name: 'Renault', kind: 'member', brand: 'Renault' },
      { id: 'nissan', name: 'Nissan', kind: 'member', brand: 'Nissan' },
    ],
    ownership: [
      { holder: 'renault', held: 'nissan', percent: 43.4, voting: true, from: 2001, to: null, source: 'a', quote: 'In 2001, … increased its stake in Nissan to 43.4%' },
    ],
    plants: [],
    events: [{ date: '2001', label: 'Stake raised', source: 'a', quote: "The Alliance's \"best\" plant" }],
    targets: [],
  };
}

describe('numbersIn', () => {
  it('reads "1 million" as 1000000', () => {
    expect(numbersIn('passed 1 million mark')).toEqual([1000000]);
  });
  it('reads "43.4%" as 43.4', () => {
    expect(numbersIn('its stake in Nissan to 43.4%')).toEqual([43.4]);
  });
  it('reads "2,722,062" as 2722062', () => {
    expect(numbersIn('| Renault | 2,722,062 |')).toEqual([2722062]);
  });
  it('reads "600 million euros" as 600000000', () => {
    expect(numbersIn('invested 600 million euros')).toEqual([600000000]);
  });
  it('reads "10.6 million" as 10600000', () => {
    expect(numbersIn('sold 10.6 million vehicles')).toEqual([10600000]);
  });
  it('reads "23₽ billion (US$742 million)" as two amounts', () => {
    expect(numbersIn('investing 23₽ billion (US$742 million) for 67.13%')).toEqual([23e9, 742e6, 67.13]);
  });
  it('reads a currency sign after a space, and a scale word with or without one', () => {
    expect(numbersIn('23 € billion, 10million, 1 milliard')).toEqual([23e9, 10e6, 1e9]);
  });
  it('reads "50/50" and "50:50" as two fifties', () => {
    expect(numbersIn('owned 50/50 by Renault and Nissan')).toEqual([50, 50]);
    expect(numbersIn('The arrangement is a 50:50 joint venture')).toEqual([50, 50]);
  });
});

describe('normalizeText and quoteParts', () => {
  it('folds curly quotes, dashes, spacing and case', () => {
    expect(normalizeText('  The “Renault–Nissan”\n Alliance’s ')).toBe('the "renault-nissan" alliance\'s');
  });
  it('splits a quote on an ellipsis', () => {
    expect(quoteParts('In 2001, … to 43.4% ... end')).toEqual(['In 2001,', 'to 43.4%', 'end']);
  });
  it('keeps no empty part where an ellipsis opens, closes or repeats', () => {
    expect(quoteParts('… In 2001, … … to 43.4%...')).toEqual(['In 2001,', 'to 43.4%']);
  });
});

describe('verifyDataset', () => {
  it('finds no problems in a correct dataset', () => {
    expect(verifyDataset(tinyDataset(), documents)).toEqual([]);
  });

  it('fails a quote with a changed digit', () => {
    const data = tinyDataset();
    data.sales[0]!.quote = '| Renault | 2,722,063 | 2,550,286 |';
    expect(verifyDataset(data, documents)).toEqual([
      { path: 'sales[0].quote', message: 'sales[0].quote not found in a.txt' },
      { path: 'sales[0].units', message: 'sales[0].units 2722062 does not appear in its quote' },
    ]);
  });

  it('fails a quote attributed to the wrong document, naming the record and file', () => {
    const data = tinyDataset();
    data.ownership[0]!.source = 'b';
    expect(verifyDataset(data, documents)).toEqual([
      { path: 'ownership[0].quote', message: 'ownership[0].quote part 1/2 not found in b.txt' },
      { path: 'ownership[0].quote', message: 'ownership[0].quote part 2/2 not found in b.txt' },
    ]);
  });

  it('fails a single-part quote from the wrong document with the plain message', () => {
    const data = tinyDataset();
    data.ownership[0]!.quote = 'increased its stake in Nissan to 43.4%';
    data.ownership[0]!.source = 'b';
    expect(verifyDataset(data, documents)).toEqual([{ path: 'ownership[0].quote', message: 'ownership[0].quote not found in b.txt' }]);
  });

  it('fails a record whose number is not in its quote', () => {
    const data = tinyDataset();
    data.ownership[0]!.percent = 43.3;
    expect(verifyDataset(data, documents)).toEqual([
      { path: 'ownership[0].percent', message: 'ownership[0].percent 43.3 does not appear in its quote' },
    ]);
  });

  it('checks an investment amount against its quote', () => {
    const data = tinyDataset();
    data.ownership.push({ holder: 'nissan', held: 'renault', percent: null, voting: null, from: 2023, to: null, investment: { amount: 200000000, currency: 'EUR' }, source: 'b', quote: 'Nissan has invested 600 million euros' });
    expect(verifyDataset(data, documents)).toEqual([
      { path: 'ownership[1].investment.amount', message: 'ownership[1].investment.amount 200000000 does not appear in its quote' },
    ]);
  });

  it('checks an investment currency against its quote: euros are not won', () => {
    const data = tinyDataset();
    data.ownership.push({ holder: 'nissan', held: 'renault', percent: null, voting: null, from: 2023, to: null, investment: { amount: 600000000, currency: 'KRW' }, source: 'b', quote: 'Nissan has invested 600 million euros' });
    data.ownership.push({ holder: 'nissan', held: 'renault', percent: null, voting: null, from: 2023, to: null, investment: { amount: 600000000, currency: 'EUR' }, source: 'b', quote: 'Nissan has invested 600 million euros' });
    expect(verifyDataset(data, documents)).toEqual([
      { path: 'ownership[1].investment.currency', message: 'ownership[1].investment.currency KRW is not named in its quote' },
    ]);
  });

  it('holds an EV count to its quote’s bound: "more than", "about" and "almost" need their qualifier, and a qualifier needs its word', () => {
    const docs = { ...documents, 'e.txt': 'The Leaf reached global sales of almost 450,000 units by the end of 2019. Sales passed 300,000 units.' };
    const milestone = (quote: string, qualifier?: 'over' | 'about' | 'almost') => ({ date: '2019-12', series: 'leaf', units: quote.includes('450') ? 450_000 : 300_000, measure: 'sales' as const, source: 'e', quote, ...(qualifier ? { qualifier } : {}) });
    const verify = (m: ReturnType<typeof milestone>) => verifyDataset({ ...tinyDataset(), sources: [...tinyDataset().sources, { id: 'e', file: 'e.txt', title: 'e', language: 'en' }], evMilestones: [m] } as never, docs);
    expect(verify(milestone('global sales of almost 450,000 units', 'almost'))).toEqual([]);
    expect(verify(milestone('Sales passed 300,000 units.'))).toEqual([]);
    expect(verify(milestone('global sales of almost 450,000 units'))).toEqual([
      { path: 'evMilestones[0].qualifier', message: 'evMilestones[0].qualifier is missing: its quote says “almost 450,000”' },
    ]);
    expect(verify(milestone('global sales of almost 450,000 units', 'over'))).toEqual([
      { path: 'evMilestones[0].qualifier', message: 'evMilestones[0].qualifier over is not what its quote says: “almost 450,000”' },
    ]);
    expect(verify(milestone('Sales passed 300,000 units.', 'about'))).toEqual([
      { path: 'evMilestones[0].qualifier', message: 'evMilestones[0].qualifier about has no word in its quote (about, around, approximately, roughly)' },
    ]);
  });

  it('accepts a target and a plant whose every figure is in the quote', () => {
    expect(verifyDataset(withTargetAndPlant(), documents)).toEqual([]);
  });

  it('fails a target whose amount has a changed digit', () => {
    const data = withTargetAndPlant();
    data.targets[0]!.amount = 11000000000;
    expect(verifyDataset(data, documents)).toEqual([{ path: 'targets[0].amount', message: 'targets[0].amount 11000000000 does not appear in its quote' }]);
  });

  it('fails a plant capacity (any of several) that is not in the quote', () => {
    const data = withTargetAndPlant();
    data.plants[0]!.capacities.push({ amount: 260000, basis: 'planned', scope: 'plant', period: 'year', from: null });
    expect(verifyDataset(data, documents)).toEqual([{ path: 'plants[0].capacities[1].amount', message: 'plants[0].capacities[1].amount 260000 does not appear in its quote' }]);
  });

  it('checks a stake’s second statement against its own quote and the document', () => {
    const data = withTargetAndPlant();
    data.ownership[0]!.alsoStated = { percent: 43.2, quote: 'In 2023, Renault reduced its 43.2% voting stake in Nissan to 15%' };
    expect(verifyDataset(data, documents)).toEqual([
      { path: 'ownership[0].alsoStated.quote', message: 'ownership[0].alsoStated.quote not found in a.txt' },
    ]);
  });

  it('fails a stake’s second figure missing from its quote', () => {
    const data = withTargetAndPlant();
    data.ownership[0]!.alsoStated = { percent: 43.2, quote: 'increased its stake in Nissan to 43.4%' };
    expect(verifyDataset(data, documents)).toEqual([
      { path: 'ownership[0].alsoStated.percent', message: 'ownership[0].alsoStated.percent 43.2 does not appear in its quote' },
    ]);
  });

  it('tolerates floating-point noise in a large figure, and only noise', () => {
    const data = tinyDataset();
    data.ownership.push({ holder: 'nissan', held: 'renault', percent: null, voting: null, from: 2023, to: null, investment: { amount: 600000000.0000001, currency: 'EUR' }, source: 'b', quote: 'Nissan has invested 600 million euros' });
    data.ownership.push({ holder: 'nissan', held: 'renault', percent: null, voting: null, from: 2023, to: null, investment: { amount: 600000001, currency: 'EUR' }, source: 'b', quote: 'Nissan has invested 600 million euros' });
    expect(verifyDataset(data, documents)).toEqual([
      { path: 'ownership[2].investment.amount', message: 'ownership[2].investment.amount 600000001 does not appear in its quote' },
    ]);
  });

  it('skips an empty optional object instead of failing on it', () => {
    const data = tinyDataset();
    Object.assign(data.ownership[0]!, { investment: null });
    expect(verifyDataset(data, documents)).toEqual([]);
  });

  it('fails a quote whose source id is not in sources', () => {
    const data = tinyDataset();
    data.events[0]!.source = 'zzz';
    expect(verifyDataset(data, documents)).toEqual([{ path: 'events[0].source', message: 'events[0].source "zzz" is not a sources id' }]);
  });

  it('reports a missing document once, for its source, not again for each quote citing it', () => {
    const data = tinyDataset();
    data.ownership[0]!.source = 'b';
    expect(verifyDataset(data, { 'a.txt': documents['a.txt']! })).toEqual([
      { path: 'sources[1].file', message: 'sources[1].file b.txt was not provided' },
    ]);
  });

  it('fails a year with two totals', () => {
    const data = tinyDataset();
    data.salesTotals.push({ ...data.salesTotals[0]! });
    expect(verifyDataset(data, documents)).toEqual([{ path: 'salesTotals[2]', message: 'salesTotals[2] repeats the year 2011' }]);
  });

  it('fails a sales year with no total', () => {
    const data = tinyDataset();
    data.sales.push({ year: 2013, brand: 'Renault', units: null, source: 'a', note: 'no figure' });
    expect(verifyDataset(data, documents)).toEqual([{ path: 'salesTotals', message: 'salesTotals has no total for 2013' }]);
  });

  it('compares each EV figure with the highest before it: equal is fine, lower fails, two on one date in file order', () => {
    const data = tinyDataset();
    data.evSeries.push({ id: 'leaf', label: 'Leaf', brand: 'Nissan', kind: 'model' });
    const milestone = (date: string, units: number) => ({ date, series: 'leaf', units, measure: 'sales' as const, source: 'a', note: 'test' });
    data.evMilestones.push(milestone('2013-01', 300), milestone('2014-01', 200), milestone('2015-01', 250), milestone('2016-01', 300), milestone('2017-01', 290), milestone('2018-01', 400), milestone('2018-01', 350));
    expect(verifyDataset(data, documents).map((p) => p.message)).toEqual([
      'evMilestones[1].units 200 is below the earlier leaf/sales figure 300 (evMilestones[0])',
      'evMilestones[2].units 250 is below the earlier leaf/sales figure 300 (evMilestones[0])',
      'evMilestones[4].units 290 is below the earlier leaf/sales figure 300 (evMilestones[3])',
      'evMilestones[6].units 350 is below the earlier leaf/sales figure 400 (evMilestones[5])',
    ]);
  });

  it('compares production and sales figures of one series separately', () => {
    const data = tinyDataset();
    data.evSeries.push({ id: 'leaf', label: 'Leaf', brand: 'Nissan', kind: 'model' });
    data.evMilestones.push(
      { date: '2013-01', series: 'leaf', units: 300, measure: 'production', source: 'a', note: 'test' },
      { date: '2014-01', series: 'leaf', units: 200, measure: 'sales', source: 'a', note: 'test' },
    );
    expect(verifyDataset(data, documents)).toEqual([]);
  });

  it('fails a record with neither quote nor note', () => {
    const data = tinyDataset();
    delete data.events[0]!.quote;
    expect(verifyDataset(data, documents)).toEqual([{ path: 'events[0]', message: 'events[0] has neither a quote nor a note' }]);
  });

  it('accepts a record with a note instead of a quote', () => {
    const data = tinyDataset();
    delete data.events[0]!.quote;
    data.events[0]!.note = 'derived from the ownership table';
    expect(verifyDataset(data, documents)).toEqual([]);
  });

  it('fails totals that do not add up', () => {
    const data = tinyDataset();
    data.sales[1] = { ...data.sales[1]!, units: null, note: 'no figure' };
    expect(verifyDataset(data, documents)).toEqual([
      { path: 'salesTotals[0].units', message: 'salesTotals[0].units 2722162 does not equal the 2011 brand sum 2722062' },
    ]);
  });

  it('fails a (year, brand) that appears twice', () => {
    const data = tinyDataset();
    data.sales.push({ ...data.sales[3]! });
    expect(verifyDataset(data, documents)).toEqual([{ path: 'sales[8]', message: 'sales[8] repeats 2011 AvtoVAZ (first at sales[3])' }]);
  });

  it('fails a (year, brand) that is missing', () => {
    const data = tinyDataset();
    data.sales.splice(3, 1);
    expect(verifyDataset(data, documents)).toEqual([{ path: 'sales', message: 'sales has no record for 2011 AvtoVAZ' }]);
  });

  it('leaves a brand out of the year\'s sum while another brand\'s figures include it', () => {
    const data = tinyDataset();
    data.sales[3] = { year: 2011, brand: 'AvtoVAZ', units: 7, source: 'a', note: 'merged into Renault' };
    expect(verifyDataset(data, documents)).toEqual([
      { path: 'salesTotals[0].units', message: 'salesTotals[0].units 2722162 does not equal the 2011 brand sum 2722169' },
    ]);
    data.brands[0] = { id: 'Renault', colours: { light: '#000000', dark: '#FFFFFF' }, includes: [{ brand: 'AvtoVAZ', from: 2011, to: 2011 }] };
    expect(verifyDataset(data, documents)).toEqual([]);
  });

  it('fails when a source file was not provided', () => {
    expect(verifyDataset(tinyDataset(), { 'a.txt': documents['a.txt']! })).toEqual([
      { path: 'sources[1].file', message: 'sources[1].file b.txt was not provided' },
    ]);
  });

  it('reports a source file named like an Object member ("toString") as not provided, not as a document', () => {
    const data = tinyDataset();
    data.sources[1]!.file = 'toString';
    expect(verifyDataset(data, { 'a.txt': documents['a.txt']! })).toEqual([
      { path: 'sources[1].file', message: 'sources[1].file toString was not provided' },
    ]);
  });

  it('fails a cumulative EV series that goes down', () => {
    const data = tinyDataset();
    data.evSeries.push({ id: 'leaf', label: 'Leaf', brand: 'Nissan', kind: 'model' });
    data.evMilestones.push(
      { date: '2014-01', series: 'leaf', units: 200, measure: 'sales', source: 'a', note: 'test' },
      { date: '2013-01', series: 'leaf', units: 300, measure: 'sales', source: 'a', note: 'test' },
    );
    expect(verifyDataset(data, documents)).toEqual([
      { path: 'evMilestones[0].units', message: 'evMilestones[0].units 200 is below the earlier leaf/sales figure 300 (evMilestones[1])' },
    ]);
  });
});

describe('verifyDataset: numbers in labels, and a target’s years', () => {
  it('passes an event label whose number its quote states, and fails one whose number it does not', () => {
    const data = tinyDataset();
    data.events[0] = { date: '2001', label: 'Renault raises its stake to 43.4%', source: 'a', quote: 'In 2001, Renault increased its stake in Nissan to 43.4%.' };
    const passes = verifyDataset(data, documents);
    data.events[0].label = 'Renault raises its stake to 44.4%';
    expect([passes, verifyDataset(data, documents)]).toEqual([
      [],
      [{ path: 'events[0].label', message: 'events[0].label states 44.4, which is in neither its quote nor its note' }],
    ]);
  });

  it('reads a target label’s figures with their scale words, and lets the note justify a year the quote lacks', () => {
    const data = withTargetAndPlant();
    data.targets[0]!.label = 'Synergies of €10 billion by the end of Alliance 2022';
    const withoutNote = verifyDataset(data, documents);
    data.targets[0]!.note = 'The plan is called “Alliance 2022”.';
    const withNote = verifyDataset(data, documents);
    data.targets[0]!.label = 'Synergies of €12 billion by the end of Alliance 2022';
    expect([withoutNote, withNote, verifyDataset(data, documents)]).toEqual([
      [{ path: 'targets[0].label', message: 'targets[0].label states 2022, which is in neither its quote nor its note' }],
      [],
      [{ path: 'targets[0].label', message: 'targets[0].label states 12000000000, which is in neither its quote nor its note' }],
    ]);
  });

  it('fails a target’s setIn or revisedIn year that neither its quote nor its note gives', () => {
    const data = withTargetAndPlant();
    Object.assign(data.targets[0]!, { setIn: 2016, revisedIn: 2019 });
    const unjustified = verifyDataset(data, documents);
    data.targets[0]!.note = 'Set in 2016, revised in 2019.';
    expect([unjustified, verifyDataset(data, documents)]).toEqual([
      [
        { path: 'targets[0].setIn', message: 'targets[0].setIn 2016 is in neither its quote nor its note' },
        { path: 'targets[0].revisedIn', message: 'targets[0].revisedIn 2019 is in neither its quote nor its note' },
      ],
      [],
    ]);
  });
});

describe('verifyDataset: provenance text and optional parts', () => {
  it('reads a quote ending in a number and a note starting with one as two numbers, not one run of digits', () => {
    const data = tinyDataset();
    data.events[0] = { date: '2001', label: 'Stake raised to 43.4% (completed 2002)', source: 'a', quote: 'In 2001, Renault increased its stake in Nissan to 43.4', note: '2002 is when the raise was completed.' };
    expect(verifyDataset(data, documents)).toEqual([]);
  });
});

describe('countRecords', () => {
  it('counts the provenance-carrying records (8 sales, 2 totals, a stake, an event, a target, a plant), not sources, brands or companies', () => {
    expect(countRecords(withTargetAndPlant())).toBe(14);
  });
});
