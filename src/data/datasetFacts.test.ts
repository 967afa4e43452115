// Exact values for the records carried or corrected against the seeds sentence by sentence (issue 15):
// each plant's capacity figures with their basis, scope, period and date; the targets with their unit;
// the stakes and turning points added. Values read by hand from ../shared/seeds.
import rawJson from '../../public/data/alliance.json';
import { Dataset } from './schema';

const raw: unknown = rawJson;
const data = Dataset.parse(raw);

const plant = (id: string) => data.plants.find((p) => p.id === id);
const figures = (id: string) => plant(id)?.capacities.map((c) => [c.amount, c.basis, c.scope, c.period, c.from]);

describe('plant capacities, as the source words them', () => {
  it('has Tangier’s initial 170,000 on one line from 2012 and its 400,000 with no timeline, both plans', () => {
    expect([figures('tangier'), plant('tangier')?.opened, plant('tangier')?.openedBasis]).toEqual([
      [[170000, 'planned', 'line', 'year', '2012'], [400000, 'planned', 'plant', 'year', null]], 2012, 'planned',
    ]);
  });
  it('gives Decherd 250,000 engines of one family from 2014, with no period', () => {
    expect([figures('decherd'), plant('decherd')?.capacityUnit, plant('decherd')?.opened]).toEqual([[[250000, 'planned', 'model', null, '2014']], 'engines', undefined]);
  });
  it('gives Busan the 80,000 Nissan Rogue a year added for one model, from September 2014', () => {
    expect(figures('busan')).toEqual([[80000, 'stated', 'model', 'year', '2014-09']]);
  });
  it('gives Chennai 400,000 a year at full ramp-up (planned, no date), opened 2010 as stated', () => {
    expect([figures('chennai'), plant('chennai')?.opened, plant('chennai')?.openedBasis]).toEqual([[[400000, 'planned', 'plant', 'year', null]], 2010, undefined]);
  });
  it('gives São José dos Pinhais its expanded 380,000 only from 2013', () => {
    expect(figures('sao-jose-dos-pinhais')).toEqual([[380000, 'planned', 'plant', 'year', '2013']]);
  });
  it('gives Togliatti 350,000 for its assembly line', () => {
    expect(figures('togliatti')).toEqual([[350000, 'stated', 'line', 'year', null]]);
  });
  it('gives Aguascalientes 300,000 a year and its 2017 opening as plans', () => {
    expect([figures('aguascalientes'), plant('aguascalientes')?.opened, plant('aguascalientes')?.openedBasis]).toEqual([[[300000, 'planned', 'plant', 'year', null]], 2017, 'planned']);
  });
  it('keeps Resende and Zama as stated', () => {
    expect([figures('resende'), figures('zama')]).toEqual([[[200000, 'stated', 'plant', 'year', '2014']], [[65000, 'stated', 'plant', 'year', null]]]);
  });
});

describe('targets, each with a unit or currency', () => {
  const row = (t: Dataset['targets'][number]) => [t.year, t.amount, t.unit, t.period, t.measure, t.isMinimum ?? false, t.setIn ?? null, t.revisedIn ?? null];
  it('holds the six targets the sources state', () => {
    expect(data.targets.map(row)).toEqual([
      [2022, 14000000, 'vehicles', 'year', 'sales', false, 2017, null],
      [2016, 1500000, 'evs', null, 'ev-sales', false, null, 2013],
      [2020, 1500000, 'evs', null, 'ev-sales', false, 2013, null],
      [2013, 500000, 'batteries', 'year', 'capacity', false, null, null],
      [2016, 1700000, 'vehicles', 'year', 'capacity', true, null, null],
      [2022, 10000000000, 'EUR', 'year', 'synergies', false, 2017, null],
    ]);
  });
});

describe('stakes carried from the encyclopedia', () => {
  const stake = (holder: string, held: string) => data.ownership.find((o) => o.holder === holder && o.held === held);
  const row = (o: Dataset['ownership'][number] | undefined) => o && [o.percent, o.voting, o.from, o.to];
  it('has the Common Purchasing Organization, equally owned by RNPO and AvtoVAZ from 2013 (no figure stated)', () => {
    expect([row(stake('rnpo', 'common-purchasing')), row(stake('avtovaz', 'common-purchasing'))]).toEqual([[null, null, 2013, 2022], [null, null, 2013, 2022]]);
  });
  it('has AESC, the Nissan–NEC joint venture formed in 2008', () => {
    expect([row(stake('nissan', 'aesc')), row(stake('nec', 'aesc'))]).toEqual([[null, null, 2008, null], [null, null, 2008, null]]);
  });
  it('keeps 43.4% for Renault’s stake in Nissan and carries the 43.3% the 2023 sentence states', () => {
    const main = data.ownership.find((o) => o.holder === 'renault' && o.held === 'nissan' && o.from === 2001);
    expect([main?.percent, main?.alsoStated]).toEqual([43.4, { percent: 43.3, quote: 'In 2023, Renault reduced its 43.3% voting stake in Nissan to 15%' }]);
  });
  it('has the Alliance’s 170 billion won in Renault Samsung Motors (July 2012) as an investment with no share stated, from 2012', () => {
    expect([row(stake('renault-nissan-alliance', 'renault-korea')), stake('renault-nissan-alliance', 'renault-korea')?.investment]).toEqual([
      [null, null, 2012, null], { amount: 170000000000, currency: 'KRW' },
    ]);
  });
  it('has what Renault paid for its first 36.8% of Nissan in 1999: $3.5 billion', () => {
    const first = data.ownership.find((o) => o.holder === 'renault' && o.held === 'nissan' && o.from === 1999);
    expect([row(first), first?.investment]).toEqual([[36.8, null, 1999, 2001], { amount: 3500000000, currency: 'USD' }]);
  });
  it('has the Aguascalientes 50:50 joint venture of the Alliance and Daimler, 2014 to the inferred 2021 end, no votes stated', () => {
    expect([row(stake('renault-nissan-alliance', 'aguascalientes-jv')), row(stake('daimler', 'aguascalientes-jv'))]).toEqual([[50, null, 2014, 2021], [50, null, 2014, 2021]]);
  });
  it('names the Aguascalientes joint venture for its partners and place (the source gives it no name) and says its end is inferred', () => {
    const jv = data.companies.find((c) => c.id === 'aguascalientes-jv');
    expect([jv?.name, jv?.kind, stake('daimler', 'aguascalientes-jv')?.note?.includes('until 2021 — an end inferred, not stated')]).toEqual(['Alliance–Daimler joint venture in Mexico (Aguascalientes)', 'entity', true]);
  });
  it('names the new companies', () => {
    const name = (id: string) => data.companies.find((c) => c.id === id)?.name;
    expect(['rnpo', 'common-purchasing', 'nec', 'aesc'].map(name)).toEqual([
      'Renault–Nissan Purchasing Organization (RNPO)', 'Common Purchasing Organization', 'NEC', 'Automotive Energy Supply Corporation (AESC)',
    ]);
  });
});

describe('turning points', () => {
  it('holds every dated turning point the seeds name, in date order', () => {
    expect(data.events.map((e) => `${e.date} ${e.label}`)).toEqual([
      '1999-03 Renault–Nissan Alliance begins',
      '2000 Renault buys Renault Samsung Motors',
      '2000 First Renault–Nissan–Dongfeng agreement',
      '2001 Nissan takes 15% of Renault; Renault rises to 43.4%',
      '2002 Renault–Nissan BV (RNBV) created',
      '2006 Exploratory alliance talks with General Motors',
      '2006-10 Talks with General Motors end without agreement',
      '2007 Tangier plant project announced',
      '2008-02 Renault buys 25% of AvtoVAZ',
      '2008-05 Nissan and NEC form AESC (batteries)',
      '2009 Renault enters China through the Alliance',
      '2009 Alliance announces battery plants in France, Portugal, the UK and the U.S.',
      '2010-04 Strategic cooperation with Daimler announced',
      '2011 Nissan Leaf overtakes the Mitsubishi i-MiEV as the best-selling all-electric car of all time',
      '2011-02 Alliance China Warehouse opens in Shanghai',
      '2011-10 “Brazilian offensive”: two plants, a combined capacity of 580,000 a year planned',
      '2012-01 Alliance and Daimler to build engines at Nissan’s Decherd plant',
      '2012-04 Renault–Dongfeng memorandum on China',
      '2012-04 Togliatti plant inaugurated',
      '2012-07 Alliance invests 170 billion won in Renault Samsung',
      '2012-12 Alliance takes control of AvtoVAZ',
      '2013 Nissan Leaf the world’s best-selling plug-in car in 2013 and 2014',
      '2013-01 Fuel-cell development with Daimler and Ford',
      '2013-05 Partner Better Place files for bankruptcy',
      '2013-07 Development of the CMF-A platform in India confirmed',
      '2013-09 Common Purchasing Organization with AvtoVAZ',
      '2014 Renault and Nissan combine R&D, manufacturing and other functions',
      '2014 France passes the “Florange law”',
      '2014-06 Aguascalientes joint venture with Daimler',
      '2014-09 Nissan Rogue production begins at Busan',
      '2015 Renault Zoe the best-selling all-electric car in Europe in 2015 and 2016',
      '2015-04 French State buys €1.23 billion more Renault shares to defeat the Florange opt-out (month inferred)',
      '2016-05 Nissan begins buying 34% of Mitsubishi',
      '2016-10 Nissan completes 34% stake in Mitsubishi',
      '2017 Renault relaunches the Alpine brand',
      '2017 The Alliance says it was the world’s largest light-vehicle maker by 2017 sales',
      '2017-06 Alliance the world’s largest automaker, January–June 2017: over 5.2 million deliveries',
      '2017-09 Alliance 2022 plan; renamed Renault–Nissan–Mitsubishi',
      '2017-12 Alliance the world’s top-selling all-electric vehicle maker',
      '2018 Ghosn begins Renault–Nissan merger talks',
      '2018-11 Carlos Ghosn arrested in Japan',
      '2019-01 Ghosn leaves his Renault posts (month inferred)',
      '2019-03 Alliance operating board agreed',
      '2020 Tesla overtakes the Alliance in electric vehicles',
      '2020 Tesla Model 3 overtakes the Nissan Leaf as the best-selling electric car of all time',
      '2021 Daimler partnership ends; cross-shares sold',
      '2021-09 Mitsubishi to use Nissan platforms for the Japanese market',
      '2022 Renault withdraws from Russia (year inferred)',
      '2023 Nissan to build a Renault model in Mexico, the first Renault made there in 20 years (year inferred)',
      '2023-01 Renault and Nissan restructure the Alliance',
      '2023-12 Nissan and Mitsubishi confirm projects with Ampere',
    ]);
  });
  it('carries the 2017 rankings: the full year’s light-vehicle lead (the Alliance’s own claim) and the top EV maker at year end', () => {
    const event = (date: string, word: string) => data.events.find((e) => e.date === date && e.label.includes(word));
    expect([event('2017', 'light-vehicle'), event('2017-12', 'all-electric')].map((e) => [e?.source, e?.quote, e?.evLabel])).toEqual([
      ['wiki-alliance', "According to the Alliance, it sold one in nine cars worldwide in 2017, ranking as the world's largest producer of light vehicles by sales, with 10,608,366 units sold.", undefined],
      ['wiki-alliance', "By the end of December 2017, the Alliance … ranked as the world's top selling all-electric vehicle manufacturer", undefined],
    ]);
    // The full-year claim's units are the sales table's 2017 total.
    expect(data.salesTotals.find((t) => t.year === 2017)?.units).toBe(10608366);
  });
  it('carries the half-year 2017 lead and the rankings with their sentences', () => {
    const quoteOf = (date: string, word: string) => data.events.find((e) => e.date === date && e.label.includes(word))?.quote;
    expect([quoteOf('2017-06', 'largest'), quoteOf('2020', 'Model 3'), quoteOf('2013', 'Leaf'), quoteOf('2015', 'Zoe')]).toEqual([
      'From January through June 2017, the Renault-Nissan Alliance was the world’s largest automaker with over 5.2 million deliveries in that period, which beat Volkswagen Group by around 400,000 units and Toyota by about 600,000.',
      'The Tesla Model 3 surpassed the Leaf in early 2020 to become the best selling electric car in history',
      "The Alliance best selling Nissan Leaf was the world's top selling plug-in electric car in 2013 and 2014.",
      'The Zoe listed as the top selling all-electric car in Europe for two years running, 2015 and 2016.',
    ]);
  });
  it('marks Ghosn’s leaving his Renault posts as January 2019 by inference: two months after November 2018', () => {
    const left = data.events.find((e) => e.date === '2019-01');
    expect([left?.isDateInferred, left?.quote]).toEqual([true, 'was also chairman and CEO of Nissan Motors until November 2018 and held the same positions at Renault for two months longer']);
  });

  it('marks the Russian exit’s year as inferred, and says from what', () => {
    const exit = data.events.find((e) => e.date === '2022');
    expect([exit?.isDateInferred, exit?.note?.includes('In January 2023, Renault and Nissan moved to restructure their alliance')]).toEqual([true, true]);
  });
});

describe('sources', () => {
  it('says where a title is a first sentence, and names no publisher the document does not state', () => {
    const asia = data.sources.find((s) => s.id === 'autonews-2017-asia');
    expect([asia?.title, asia?.titleIsFirstSentence, asia?.publisher]).toEqual(['The company looks toward Asia for growth.', true, undefined]);
  });
});
