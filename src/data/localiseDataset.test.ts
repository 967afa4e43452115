import realDataset from '../../public/data/alliance.json';
import { dataTextsFromPairs, datasetTexts, localiseDataset } from './localiseDataset';
import { parseDataset } from './parseDataset';

const dataset = parseDataset(realDataset);
const ghosn = dataset.events.findIndex((e) => e.evLabel === 'Ghosn arrested');
const zama = dataset.plants.findIndex((p) => p.id === 'zama');
const texts = new Map([
  ['Carlos Ghosn arrested in Japan', 'Carlos Ghosn arrêté au Japon'],
  ['Ghosn arrested', 'Arrestation de Ghosn'],
  ['Zama, Kanagawa', '座間、神奈川県'],
  ['French State', 'État français'],
  ['China JV', 'JV Chine'],
  // A source's words: never translated, even where they equal a text that is.
  ['Ghosn\'s November 2018 arrest in Japan and dismissal from both Nissan and Mitsubishi', 'traduit'],
  ['The company looks toward Asia for growth.', 'traduit'],
]);

describe('dataTextsFromPairs', () => {
  it('keeps the English where a pair has no translation, rather than blanking the label', () => {
    expect([...dataTextsFromPairs([['Renault'], ['China JV', 'JV Chine']])]).toEqual([['Renault', 'Renault'], ['China JV', 'JV Chine']]);
  });
});

describe('localiseDataset', () => {
  const localised = localiseDataset(dataset, texts);
  it('puts the translation in each text field it has one for', () => {
    expect(localised.events[ghosn]).toMatchObject({ label: 'Carlos Ghosn arrêté au Japon', evLabel: 'Arrestation de Ghosn', date: '2018-11' });
    expect(localised.plants[zama]?.city).toBe('座間、神奈川県');
    expect(localised.companies.find((c) => c.id === 'french-state')?.name).toBe('État français');
    expect(localised.companies.find((c) => c.id === 'nissan-dongfeng-jv')).toMatchObject({ name: 'Nissan–Dongfeng joint venture (China)', shortName: 'JV Chine' });
  });
  it('keeps quotes, source titles, ids and matching strings as they are', () => {
    expect(localised.events[ghosn]?.quote).toBe(dataset.events[ghosn]?.quote);
    expect(localised.sources).toBe(dataset.sources);
    expect(localised.plants[zama]).toMatchObject({ id: 'zama', country: 'Japan', name: 'AESC battery plant at Nissan Zama' });
  });
  it('leaves a record with nothing to translate as the same object, and the dataset itself for no texts', () => {
    expect(localised.sales[0]).toBe(dataset.sales[0]);
    expect(localised.plants[zama]).not.toBe(dataset.plants[zama]);
    expect(localiseDataset(dataset, new Map())).toBe(dataset);
  });
  it('words one English text the same wherever it stands: a launch still names the series it starts', () => {
    const leaf = localiseDataset(dataset, new Map([['Nissan Leaf', '日産リーフ']]));
    expect([leaf.evSeries.find((s) => s.id === 'leaf')?.label, leaf.evLaunches.find((l) => l.brand === 'Nissan' && l.model.includes('リーフ'))?.model]).toEqual(['日産リーフ', '日産リーフ']);
  });
  it('does not change the dataset it was given', () => {
    expect(dataset.events[ghosn]?.evLabel).toBe('Ghosn arrested');
  });
});

describe('datasetTexts', () => {
  const all = datasetTexts(dataset);
  it('lists each text once, the records’ order, fields in the table’s order', () => {
    expect(new Set(all).size).toBe(all.length);
    expect(all.slice(all.indexOf('Carlos Ghosn arrested in Japan'), all.indexOf('Carlos Ghosn arrested in Japan') + 2)).toEqual(['Carlos Ghosn arrested in Japan', 'Ghosn arrested']);
    expect(all.indexOf('China JV') - all.indexOf('Nissan–Dongfeng joint venture (China)')).toBe(1);
  });
  it('holds no quote and no source title', () => {
    const quotes = new Set([...dataset.events, ...dataset.sales, ...dataset.plants].flatMap((r) => (r.quote ? [r.quote] : [])));
    expect(all.filter((text) => quotes.has(text) || dataset.sources.some((s) => s.title === text))).toEqual([]);
  });
});
