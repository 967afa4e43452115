import rawJson from '../../public/data/alliance.json';
import {
  describeRecord,
  disputeFor,
  formatSourceDate,
  highlightNumber,
  languageName,
  recordAt,
  recordsCitingSource,
  type RecordRef,
} from './provenance';
import { Dataset, RECORD_KEYS } from './schema';
import { intlFor } from '../i18n/intl';

const raw: unknown = rawJson;
const en = intlFor('en');
const dataset = Dataset.parse(raw);

/** The index of the first record in `key` matching `test`; fails loudly when the dataset lacks it. */
function refWhere<K extends RecordRef['key']>(key: K, test: (record: Dataset[K][number]) => boolean): RecordRef {
  const records = dataset[key] as readonly Dataset[K][number][];
  const index = records.findIndex(test);
  if (index < 0) throw new Error(`no ${key} record matches`);
  return { key, index };
}

const nissan2017 = refWhere('sales', (r) => r.brand === 'Nissan' && r.year === 2017);
const mitsubishi2011 = refWhere('sales', (r) => r.brand === 'Mitsubishi' && r.year === 2011);
const ev500kOct = refWhere('evMilestones', (r) => r.series === 'alliance' && r.units === 500000 && r.date === '2017-10');
const ev500kDec = refWhere('evMilestones', (r) => r.series === 'alliance' && r.units === 500000 && r.date === '2017-12');
const renaultNissan434 = refWhere('ownership', (r) => r.holder === 'renault' && r.held === 'nissan' && r.percent === 43.4);
const tangier = refWhere('plants', (r) => r.id === 'tangier');

describe('recordAt', () => {
  it('returns the record a reference points at', () => {
    expect(recordAt(dataset, nissan2017)).toMatchObject({ year: 2017, brand: 'Nissan', units: 5816278, source: 'wiki-alliance' });
  });

  it('returns undefined past the end of a collection', () => {
    expect(recordAt(dataset, { key: 'targets', index: dataset.targets.length })).toBeUndefined();
  });
});

describe('describeRecord', () => {
  it('labels a brand’s sales with year and units', () => {
    expect(describeRecord(dataset, nissan2017, en)).toEqual({ label: 'Nissan sales, 2017 — 5,816,278 units', value: '5,816,278 units', numbers: ['5816278'] });
  });

  it('says "no figure" for a sales cell the source leaves empty', () => {
    expect(describeRecord(dataset, mitsubishi2011, en)).toEqual({ label: 'Mitsubishi sales, 2011 — no figure', value: 'no figure', numbers: [] });
  });

  it('labels an Alliance sales total', () => {
    const ref = refWhere('salesTotals', (r) => r.year === 2017);
    expect(describeRecord(dataset, ref, en).label).toBe('Alliance sales total, 2017 — 10,608,366 units');
  });

  it('labels an EV milestone with series, units and month', () => {
    expect(describeRecord(dataset, ev500kOct, en)).toEqual({ label: 'Alliance EV sales — 500,000, Oct 2017', value: '500,000, Oct 2017', numbers: ['500000'] });
  });

  it('words a bound as the source does: “more than 500,000” by December 2017, not “about”', () => {
    expect(describeRecord(dataset, ev500kDec, en).label).toBe('Alliance EV sales — more than 500,000, Dec 2017');
  });

  it('labels a production milestone as production', () => {
    const ref = refWhere('evMilestones', (r) => r.series === 'zoe' && r.measure === 'production');
    expect(describeRecord(dataset, ref, en).label).toBe('Renault Zoe EV production — 200,000, Dec 2019');
  });

  it('labels an EV launch with model and month, stating no number', () => {
    const ref = refWhere('evLaunches', (r) => r.model === 'Nissan Leaf');
    expect(describeRecord(dataset, ref, en)).toEqual({ label: 'Nissan Leaf launched — Dec 2010', value: 'Dec 2010', numbers: [] });
  });

  it('labels a stake with holder, held, percent and years', () => {
    expect(describeRecord(dataset, renaultNissan434, en)).toEqual({ label: 'Renault → Nissan 43.4% (2001–2022)', value: '43.4%', numbers: ['43.4'] });
  });

  it('labels a stake still held with "from"', () => {
    const ref = refWhere('ownership', (r) => r.holder === 'nissan' && r.held === 'mitsubishi');
    expect(describeRecord(dataset, ref, en).label).toBe('Nissan → Mitsubishi Motors 34% (since 2016)');
  });

  it('labels an investment given in money instead of a percentage', () => {
    const ref = refWhere('ownership', (r) => r.holder === 'nissan' && r.held === 'ampere');
    expect(describeRecord(dataset, ref, en)).toEqual({ label: 'Nissan → Ampere €600M invested (since 2023)', value: '€600M', numbers: ['600000000'] });
  });

  it('says the stake is not stated when the source gives neither percent nor money', () => {
    const ref = refWhere('ownership', (r) => r.holder === 'renault' && r.held === 'horse');
    expect(describeRecord(dataset, ref, en).label).toBe('Renault → Horse, stake not stated (since 2023)');
  });

  it('labels a plant with every figure, each with its basis, scope and date', () => {
    const value = '170,000 vehicles a year (planned, one production line, from 2012); 400,000 vehicles a year (planned, no date given)';
    expect(describeRecord(dataset, tangier, en)).toEqual({ label: `Tangier plant — ${value}`, value, numbers: ['170000', '400000'] });
  });

  it('labels a plant in a "city, region" by the city alone', () => {
    const ref = refWhere('plants', (r) => r.id === 'zama');
    expect(describeRecord(dataset, ref, en).label).toBe('Zama plant — 65,000 batteries a year (stated)');
  });

  it('gives Decherd’s engines no period', () => {
    const ref = refWhere('plants', (r) => r.id === 'decherd');
    expect(describeRecord(dataset, ref, en).value).toBe('250,000 engines (planned, one engine family, from 2014, no period given)');
  });

  it('labels an event by its date and label', () => {
    const ref = refWhere('events', (r) => r.date === '1999-03');
    expect(describeRecord(dataset, ref, en).label).toBe('Mar 1999 — Renault–Nissan Alliance begins');
  });

  it('labels a target with its year (a fiscal year as such), its own label, and its amount in its unit and period', () => {
    const target = dataset.targets[0];
    expect(target?.isFiscalYear).toBe(true);
    expect(describeRecord(dataset, { key: 'targets', index: 0 }, en)).toEqual({
      label: `Target for FY2022 — ${target?.label}`,
      value: '14,000,000 vehicles a year',
      numbers: ['14000000'],
    });
  });

  it('names a fiscal year as French and Japanese do', () => {
    const subject = (locale: 'fr' | 'ja') => describeRecord(dataset, { key: 'targets', index: 0 }, intlFor(locale)).label.split(' — ')[0];
    expect([subject('fr'), subject('ja')]).toEqual(['Objectif pour l’exercice 2022', '2022年度の目標']);
  });

  it('gives the synergy target in euros, marking its amount only (the 2010 figure is not what it doubles)', () => {
    const ref = refWhere('targets', (r) => r.measure === 'synergies');
    expect([describeRecord(dataset, ref, en).value, describeRecord(dataset, ref, en).numbers]).toEqual(['€10B a year', ['10000000000']]);
  });

  it('says “at least” for the Russian capacity target and counts EVs without a period', () => {
    const russia = refWhere('targets', (r) => r.measure === 'capacity' && r.unit === 'vehicles');
    const ev2020 = refWhere('targets', (r) => r.measure === 'ev-sales' && r.year === 2020);
    expect([describeRecord(dataset, russia, en).value, describeRecord(dataset, ev2020, en).value]).toEqual(['at least 1,700,000 vehicles a year', '1,500,000 electric vehicles']);
  });

  it('describes a missing record as unknown', () => {
    expect(describeRecord(dataset, { key: 'plants', index: 999 }, en)).toEqual({ label: 'Unknown record', value: '', numbers: [] });
  });
});

// French groups digits and spaces before ";" and ":" with a narrow no-break space; compare with plain spaces.
const plain = (text: string | undefined) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

describe('describeRecord in French and Japanese', () => {
  const labels = (locale: 'fr' | 'ja', refs: readonly RecordRef[]) => refs.map((ref) => plain(describeRecord(dataset, ref, intlFor(locale)).label));
  const refs = () => [
    nissan2017,
    mitsubishi2011,
    refWhere('salesTotals', (r) => r.year === 2017),
    ev500kDec,
    refWhere('evLaunches', (r) => r.model === 'Nissan Leaf'),
    renaultNissan434,
    refWhere('ownership', (r) => r.holder === 'nissan' && r.held === 'ampere'),
    refWhere('ownership', (r) => r.holder === 'renault' && r.held === 'horse'),
    tangier,
    refWhere('plants', (r) => r.id === 'decherd'),
    { key: 'plants', index: 999 } as const,
  ];

  it('words every kind of record in French, data names and labels as written', () => {
    expect(labels('fr', refs())).toEqual([
      'Nissan : ventes 2017 — 5 816 278 véhicules',
      'Mitsubishi : ventes 2011 — aucun chiffre',
      'Ventes totales de l’Alliance, 2017 — 10 608 366 véhicules',
      'Ventes de VE : Alliance — plus de 500 000, déc. 2017',
      'Lancement : Nissan Leaf — déc. 2010',
      'Renault → Nissan 43,4 % (2001–2022)',
      'Nissan → Ampere 600 M € investis (depuis 2023)',
      'Renault → Horse, participation non précisée (depuis 2023)',
      'Tangier (usine) — 170 000 véhicules par an (prévue, une ligne de production, à partir de 2012) ; 400 000 véhicules par an (prévue, sans date)',
      'Decherd (usine) — 250 000 moteurs (prévue, une famille de moteurs, à partir de 2014, sans période précisée)',
      'Donnée inconnue',
    ]);
  });

  it('words every kind of record in Japanese', () => {
    expect(labels('ja', refs())).toEqual([
      'Nissanの販売台数（2017年） — 581万6,278台',
      'Mitsubishiの販売台数（2011年） — 数値なし',
      'アライアンスの販売台数合計（2017年） — 1,060万8,366台',
      'Allianceの電気自動車販売台数 — 50万台超（2017年12月）',
      'Nissan Leaf発売 — 2010年12月',
      'Renault → Nissan 43.4%（2001～2022年）',
      'Nissan → Ampere €6億を出資（2023年から）',
      'Renault → Horse、出資比率の記載なし（2023年から）',
      'Tangier工場 — 年間17万台（計画、1本の生産ライン、2012年から）／年間40万台（計画、時期の記載なし）',
      'Decherd工場 — 25万基（計画、1つのエンジン系列、2014年から、期間の記載なし）',
      '不明なデータ',
    ]);
  });

  it('words target amounts with their unit, period and “at least”', () => {
    const russia = refWhere('targets', (r) => r.measure === 'capacity' && r.unit === 'vehicles');
    const ev2020 = refWhere('targets', (r) => r.measure === 'ev-sales' && r.year === 2020);
    const synergies = refWhere('targets', (r) => r.measure === 'synergies');
    const values = (locale: 'fr' | 'ja') => [russia, ev2020, synergies].map((ref) => plain(describeRecord(dataset, ref, intlFor(locale)).value));
    expect([values('fr'), values('ja')]).toEqual([
      ['au moins 1 700 000 véhicules par an', '1 500 000 véhicules électriques', '10 Md € par an'],
      ['年間170万台以上', '電気自動車150万台', '年間€100億'],
    ]);
  });

  it('dates a year-only event as the language writes a year', () => {
    const ref = refWhere('events', (r) => r.date === '2007');
    expect([describeRecord(dataset, ref, intlFor('fr')).value, describeRecord(dataset, ref, intlFor('ja')).value]).toEqual(['2007', '2007年']);
  });

  it('words the two kinds of disagreement', () => {
    const small = { ...dataset, evMilestones: [{ series: 'leaf', units: 7, measure: 'sales' as const, source: 'wiki-alliance', date: '2020-01' }, { series: 'leaf', units: 7, measure: 'sales' as const, source: 'wiki-alliance', date: '2020-05' }] };
    const words = (locale: 'fr' | 'ja') => {
      const stake = disputeFor(dataset, renaultNissan434, intlFor(locale));
      const dates = disputeFor(small, { key: 'evMilestones', index: 0 }, intlFor(locale));
      return [stake?.title, plain(stake?.text), stake?.sides.map((s) => plain(s.heading)), dates?.title, dates?.sides.map((s) => s.heading)];
    };
    expect(words('fr')).toEqual([
      'Deux chiffres dans une même source',
      'La source donne deux chiffres différents pour cette participation sans les concilier ; le premier est représenté.',
      ['43,4 %', '43,3 %'],
      'Les sources divergent',
      ['janv. 2020', 'mai 2020'],
    ]);
    expect(words('ja')).toEqual([
      '1つの出典に2つの数値',
      '出典はこの出資比率を2つの異なる数値で記し、どちらが正しいかを示していません。図には最初の数値を描いています。',
      ['43.4%', '43.3%'],
      '出典の記述が食い違っています',
      ['2020年1月', '2020年5月'],
    ]);
  });
});

describe('formatSourceDate', () => {
  it('writes a full date as day, short month and year', () => {
    expect(formatSourceDate('2023-12-06', 'en')).toBe('6 Dec 2023');
  });

  it('writes a month date as its short month and year, a bare year as it is', () => {
    expect([formatSourceDate('2017-10', 'en'), formatSourceDate('2001', 'en')]).toEqual(['Oct 2017', '2001']);
  });

  it('leaves free text unchanged', () => {
    expect(formatSourceDate('undated, after 2021', 'en')).toBe('undated, after 2021');
    expect(formatSourceDate('2017-10 or later', 'fr')).toBe('2017-10 or later');
  });

  it('writes French and Japanese dates through Intl, a bare year included', () => {
    expect(['2023-12-06', '2017-10', '2001'].map((date) => formatSourceDate(date, 'fr'))).toEqual(['6 déc. 2023', 'oct. 2017', '2001']);
    expect(['2023-12-06', '2017-10', '2001'].map((date) => formatSourceDate(date, 'ja'))).toEqual(['2023年12月6日', '2017年10月', '2001年']);
  });
});

describe('recordsCitingSource', () => {
  it('lists every record citing the December 2023 article, in dataset order', () => {
    const expected = RECORD_KEYS.flatMap((key) =>
      (dataset[key] as readonly { source: string }[]).flatMap((r, index) => (r.source === 'alliance-joint-projects-2023' ? [{ key, index }] : [])),
    );
    expect(recordsCitingSource(dataset, 'alliance-joint-projects-2023')).toEqual(expected);
  });

  it('finds the half-year event and the one target citing the 2017 Automotive News article', () => {
    expect(recordsCitingSource(dataset, 'autonews-2017-asia')).toEqual([{ key: 'events', index: 36 }, { key: 'targets', index: 0 }]);
  });

  it('counts every record of the encyclopedia article', () => {
    const total = RECORD_KEYS.reduce((sum, key) => sum + (dataset[key] as readonly { source: string }[]).filter((r) => r.source === 'wiki-alliance').length, 0);
    expect(recordsCitingSource(dataset, 'wiki-alliance')).toHaveLength(total);
  });

  it('returns nothing for an unknown source', () => {
    expect(recordsCitingSource(dataset, 'no-such-source')).toEqual([]);
  });
});

describe('disputeFor', () => {
  it('finds no disagreement for the 500,000 milestone: a date bound (Oct 2017) and a count bound (more than 500,000 by Dec 2017) both hold', () => {
    expect([disputeFor(dataset, ev500kOct, en), disputeFor(dataset, ev500kDec, en)]).toEqual([null, null]);
  });

  it('shows Renault’s stake in Nissan as 43.4% and 43.3%, side by side, the record first, as two figures in one source', () => {
    const dispute = disputeFor(dataset, renaultNissan434, en);
    expect([dispute?.title, dispute?.text]).toEqual(['Two figures in one source', 'The source states this stake with two different figures and does not reconcile them; the first is drawn.']);
    expect(dispute?.sides.map((s) => [s.heading, s.quote, s.ref])).toEqual([
      ['43.4%', 'For many years, Renault had a 43.4% voting stake in Nissan … In 2001, … which in turn increased its stake in Nissan to 43.4%', renaultNissan434],
      ['43.3%', 'In 2023, Renault reduced its 43.3% voting stake in Nissan to 15%', null],
    ]);
  });

  it('finds nothing for a milestone stated once', () => {
    const ref = refWhere('evMilestones', (r) => r.series === 'alliance' && r.units === 1000000);
    expect(disputeFor(dataset, ref, en)).toBeNull();
  });

  it('finds nothing for a sales record', () => {
    expect(disputeFor(dataset, nissan2017, en)).toBeNull();
  });

  it('pairs two exact milestones that differ only in date, both ways', () => {
    const base = { series: 'leaf', units: 7, measure: 'sales' as const, source: 'wiki-alliance' };
    const small = { ...dataset, evMilestones: [{ ...base, date: '2020-01' }, { ...base, date: '2020-01', source: 'autonews-2017-asia' }, { ...base, date: '2020-05' }] };
    expect([disputeFor(small, { key: 'evMilestones', index: 0 }, en)?.sides.map((s) => s.heading), disputeFor(small, { key: 'evMilestones', index: 2 }, en)?.sides.map((s) => s.heading)])
      .toEqual([['Jan 2020', 'May 2020'], ['May 2020', 'Jan 2020', 'Jan 2020']]);
    expect(disputeFor(small, { key: 'evMilestones', index: 0 }, en)?.title).toBe('Sources disagree');
  });
});

describe('highlightNumber', () => {
  it('marks exactly the Nissan 2017 cell of the sales table row', () => {
    const quote = '| Nissan | 4,669,981 | 4,940,133 | 5,102,979 | 5,310,064 | 5,421,804 | 5,559,902 | 5,816,278 | 5,653,683 |';
    expect(highlightNumber(quote, ['5816278'])).toEqual([
      { text: '| Nissan | 4,669,981 | 4,940,133 | 5,102,979 | 5,310,064 | 5,421,804 | 5,559,902 | ', isMatch: false },
      { text: '5,816,278', isMatch: true },
      { text: ' | 5,653,683 |', isMatch: false },
    ]);
  });

  it('marks a percentage with its sign', () => {
    expect(highlightNumber('increased its stake in Nissan to 43.4%', ['43.4'])).toEqual([
      { text: 'increased its stake in Nissan to ', isMatch: false },
      { text: '43.4%', isMatch: true },
    ]);
  });

  it('does not mark a number inside a longer one', () => {
    expect(highlightNumber('In 2015 it sold 150,000 and 15%', ['15'])).toEqual([
      { text: 'In 2015 it sold 150,000 and ', isMatch: false },
      { text: '15%', isMatch: true },
    ]);
  });

  it('marks a round million written in words', () => {
    expect(highlightNumber('Alliance global EV sales passed 1 million mark.', ['1000000'])).toEqual([
      { text: 'Alliance global EV sales passed ', isMatch: false },
      { text: '1 million', isMatch: true },
      { text: ' mark.', isMatch: false },
    ]);
  });

  it('marks a plant capacity in the real quote', () => {
    const quote = dataset.plants[tangier.index]?.quote ?? '';
    expect(highlightNumber(quote, ['400000']).filter((s) => s.isMatch)).toEqual([{ text: '400,000', isMatch: true }]);
  });

  it('marks a number grouped with French spaces', () => {
    expect(highlightNumber('quelque 262 403 véhicules en 2021', ['262403'])).toEqual([
      { text: 'quelque ', isMatch: false },
      { text: '262 403', isMatch: true },
      { text: ' véhicules en 2021', isMatch: false },
    ]);
  });

  it('marks a number grouped with no-break spaces', () => {
    expect(highlightNumber('262\u202f403 véhicules', ['262403'])[0]).toEqual({ text: '262\u202f403', isMatch: true });
  });

  it('marks a number written without separators', () => {
    expect(highlightNumber('sold 5816278 cars', ['5816278'])[1]).toEqual({ text: '5816278', isMatch: true });
  });

  it('marks an amount in billions with a currency sign', () => {
    expect(highlightNumber('investing 23₽ billion (US$742 million)', ['23000000000'])[1]).toEqual({ text: '23₽ billion', isMatch: true });
  });

  it('returns the quote as one plain segment when there is no number to find', () => {
    expect(highlightNumber('The Alliance began on 27 March 1999.', [])).toEqual([{ text: 'The Alliance began on 27 March 1999.', isMatch: false }]);
  });

  it('returns the quote as one plain segment when the number is absent', () => {
    expect(highlightNumber('no figures here', ['500000'])).toEqual([{ text: 'no figures here', isMatch: false }]);
  });

  it('returns no segments for an empty quote', () => {
    expect(highlightNumber('', ['5'])).toEqual([]);
  });
});

describe('languageName', () => {
  it('names French', () => {
    expect(languageName('fr')).toBe('French');
  });

  it('names English', () => {
    expect(languageName('en')).toBe('English');
  });

  it('upper-cases an unknown code', () => {
    expect(languageName('de')).toBe('DE');
  });
});
