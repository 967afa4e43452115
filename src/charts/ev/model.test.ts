import { daciaDataset } from '../../test/daciaDataset';
import { dataset, domain } from '../../test/renderWithProviders';
import { monthIndex } from './format';
import { directLabel, evBrands, evFootnotes, evLines, evMarkers, evSourceIds, evSummary, evWindow, hasLongHold, isLongHold, shortLabel } from './model';
import { evTable } from './table';
import { evTargets } from './targets';
import { intlFor } from '../../i18n/intl';

const en = intlFor('en');

const ALL = domain.brands;
// Computed inside each test, never when the file loads: a model's code run at load time makes every mutant in it
// "static" for `npm run mutate`, rerunning every test of the area instead of the few that reach it.
const full = () => evWindow(dataset, [1999, 2023]);

describe('evWindow', () => {
  it('clips the full filter range to the data, July 2009 to December 2021', () => {
    expect(full()).toEqual({ start: monthIndex('2009-07'), end: monthIndex('2021-12') });
  });
  it('runs from January of the first year to December of the last', () => {
    expect(evWindow(dataset, [2013, 2016])).toEqual({ start: monthIndex('2013-01'), end: monthIndex('2016-12') });
  });
  it('covers a single year', () => {
    expect(evWindow(dataset, [2017, 2017])).toEqual({ start: monthIndex('2017-01'), end: monthIndex('2017-12') });
  });
  it('ends at the last milestone when the range runs past it', () => {
    expect(evWindow(dataset, [2021, 2023])).toEqual({ start: monthIndex('2021-01'), end: monthIndex('2021-12') });
  });
  it('is null for years before the first launch', () => {
    expect(evWindow(dataset, [1999, 2005])).toBeNull();
  });
});

describe('evLines', () => {
  const lines = () => evLines(dataset, ALL, full(), en);
  const line = (key: string) => lines().find((l) => l.key === key);
  const values = (key: string) => line(key)?.points.map((p) => [p.date, p.units]);

  it('draws one line per series and measure, in dataset order', () => {
    expect(lines().map((l) => l.key)).toEqual(['alliance', 'groupe-renault', 'nissan', 'leaf', 'zoe', 'zoe:production', 'kangoo-ze', 'twizy', 'fluence-ze', 'i-miev']);
  });
  it('gives the Alliance its ten milestones in date order, both 500,000 dates included', () => {
    expect(values('alliance')).toEqual([
      ['2013-07', 100000], ['2014-10', 200000], ['2015-06', 250000], ['2015-12', 300000], ['2016-08', 350000],
      ['2017-01', 400000], ['2017-10', 500000], ['2017-12', 500000], ['2019-12', 800000], ['2021-12', 1000000],
    ]);
  });
  it('places the undated table rows at December 2015 and December 2019', () => {
    const undated = line('alliance')?.points.filter((p) => p.index === 10 || p.index === 23).map((p) => [p.index, p.date, p.units]);
    expect(undated).toEqual([[10, '2015-12', 300000], [23, '2019-12', 800000]]);
  });
  it('gives the Nissan Leaf eight milestones, 50,000 in Feb 2013 to 500,000 in Dec 2020', () => {
    expect(values('leaf')).toEqual([
      ['2013-02', 50000], ['2014-01', 100000], ['2015-12', 200000], ['2016-12', 250000],
      ['2018-01', 300000], ['2019-03', 400000], ['2019-12', 450000], ['2020-12', 500000],
    ]);
  });
  it('keeps Zoe production (200,000, Dec 2019) apart from Zoe sales (181,893, Dec 2019)', () => {
    expect([values('zoe:production'), values('zoe')?.at(-1), line('zoe:production')?.label]).toEqual([
      [['2019-12', 200000]], ['2019-12', 181893], 'Renault Zoe production',
    ]);
  });
  it('draws a single-milestone series as one point: i-MiEV, more than 50,000 by Mar 2015', () => {
    expect(line('i-miev')?.points.map((p) => [p.index, p.date, p.units, p.qualifier])).toEqual([[5, '2015-03', 50000, 'over']]);
  });
  it('finds no dispute on the Alliance 500,000: “reached” in Oct 2017 and “more than” by the end of Dec 2017 both hold', () => {
    const points = line('alliance')?.points.filter((p) => p.units === 500000).map((p) => [p.index, p.qualifier, p.disputes]);
    expect(points).toEqual([[17, null, []], [18, 'over', []]]);
  });
  it('labels series directly and marks brand totals', () => {
    expect(lines().map((l) => [l.label, l.shortLabel, l.isTotal]).slice(0, 4)).toEqual([
      ['Alliance', 'Alliance', true], ['Groupe Renault', 'Groupe Renault', true], ['Nissan', 'Nissan', true], ['Nissan Leaf', 'Leaf', false],
    ]);
  });
  it('shows only Alliance-wide and Renault series when Renault alone is selected', () => {
    expect(evLines(dataset, ['Renault'], full(), en).map((l) => [l.key, l.brand])).toEqual([
      ['alliance', null], ['groupe-renault', 'Renault'], ['zoe', 'Renault'], ['zoe:production', 'Renault'],
      ['kangoo-ze', 'Renault'], ['twizy', 'Renault'], ['fluence-ze', 'Renault'],
    ]);
  });
  it('always shows the Alliance-wide series, even with no brand selected', () => {
    expect(evLines(dataset, [], full(), en).map((l) => l.key)).toEqual(['alliance']);
  });
  it('draws a series only over its milestones inside the window', () => {
    expect(evLines(dataset, ALL, evWindow(dataset, [2013, 2014]), en).map((l) => [l.key, l.points.map((p) => p.units)])).toEqual([
      ['alliance', [100000, 200000]], ['leaf', [50000, 100000]], ['kangoo-ze', [10000]],
    ]);
  });
  it('is empty without a window', () => {
    expect(evLines(dataset, ALL, null, en)).toEqual([]);
  });
  it('does not mutate the dataset', () => {
    const before = structuredClone(dataset);
    evLines(dataset, ALL, full(), en);
    evMarkers(dataset, ALL, full(), en);
    expect(dataset).toEqual(before);
  });
});

describe('labels', () => {
  it('drops parentheses and variants from direct labels', () => {
    expect([directLabel('Alliance (all brands)'), directLabel('Renault Fluence Z.E. / SM3 Z.E.')]).toEqual(['Alliance', 'Renault Fluence Z.E.']);
  });
  it('drops the brand prefix from short labels but keeps a bare brand name', () => {
    expect([shortLabel('Mitsubishi i-MiEV', 'Mitsubishi'), shortLabel('Nissan (brand total)', 'Nissan'), shortLabel('Groupe Renault', 'Renault')]).toEqual([
      'i-MiEV', 'Nissan', 'Groupe Renault',
    ]);
  });
});

describe('evMarkers', () => {
  it('marks the six launches and three key events, by date', () => {
    expect(evMarkers(dataset, ALL, full(), en).map((m) => [m.date, m.label, m.recordKey, m.index])).toEqual([
      ['2009-07', 'i-MiEV', 'evLaunches', 0], ['2010-12', 'Leaf', 'evLaunches', 1], ['2011-10', 'Kangoo', 'evLaunches', 2],
      ['2012-03', 'Twizy', 'evLaunches', 3], ['2012-12', 'Zoe', 'evLaunches', 4], ['2014-06', 'e-NV200', 'evLaunches', 5],
      ['2016-10', 'Mitsubishi joins', 'events', 33], ['2017-09', 'Alliance 2022 plan', 'events', 37], ['2018-11', 'Ghosn arrested', 'events', 40],
    ]);
  });
  it('keeps launches of the selected brands only; events stay', () => {
    expect(evMarkers(dataset, ['Nissan'], full(), en).map((m) => [m.label, m.brand])).toEqual([
      ['Leaf', 'Nissan'], ['e-NV200', 'Nissan'], ['Mitsubishi joins', null], ['Alliance 2022 plan', null], ['Ghosn arrested', null],
    ]);
  });
  it('has none in a window without launches or key events', () => {
    expect(evMarkers(dataset, ALL, evWindow(dataset, [2019, 2021]), en)).toEqual([]);
  });
});

describe('evSummary', () => {
  const summary = (brands: typeof ALL | ('Renault' | 'Nissan')[], range: [number, number]) => {
    const months = evWindow(dataset, range);
    return evSummary(evLines(dataset, brands, months, en), evMarkers(dataset, brands, months, en), dataset.evLaunches, range, en);
  };
  it('states the Alliance total and the leading model', () => {
    expect(summary(ALL, [1999, 2023])).toBe(
      'The Alliance reached 1 million EVs in December 2021. The best-selling model shown, the Nissan Leaf, reached 500,000 by December 2020.',
    );
  });
  it('follows the brand filter for the model; the Alliance total stays the whole Alliance’s', () => {
    expect(summary(['Renault'], [1999, 2023])).toBe(
      'The Alliance reached 1 million EVs in December 2021. The best-selling model shown, the Renault Zoe, reached 181,893 by December 2019.',
    );
  });
  // The Alliance total counted Renault and Nissan models, later Mitsubishi's too: no one launch began it (not the
  // i-MiEV's, the first of all, in 2009). A brand's total counts from its own first launch, in view or not.
  it('counts a brand total from its own first launch and the Alliance total from none', () => {
    expect(summary(ALL, [2012, 2016])).toMatch(/^The Alliance reached 350,000 EVs in August 2016\. /);
    expect(summary(['Nissan'], [2013, 2014])).toMatch(/^The Alliance reached 200,000 EVs in October 2014\. /);
    expect(summary(['Nissan'], [2020, 2020])).toMatch(/^Nissan reached about 500,000 EVs in April 2020, 9 years after the Leaf launch\./);
  });
  it('words a count as its source does: the Leaf had sold "almost 450,000" by December 2019, not reached it; "more than" is passed', () => {
    expect(summary(ALL, [2009, 2019])).toBe(
      'The Alliance reached 800,000 EVs in December 2019. The best-selling model shown, the Nissan Leaf, reached almost 450,000 by December 2019.',
    );
    expect(summary(['Nissan'], [2020, 2020])).toMatch(/^Nissan reached about 500,000 EVs in April 2020, 9 years after the Leaf launch\./);
  });
  it('takes the first date of a milestone stated twice in a one-year range', () => {
    expect(summary(ALL, [2017, 2017])).toBe('The Alliance reached 500,000 EVs in October 2017.');
  });
  it('says when only launches fall in the range', () => {
    expect(summary(ALL, [2010, 2012])).toBe('No sales milestone falls in 2010–2012; the chart shows the model launches and events of those years.');
  });
  it('says when nothing falls in the range', () => {
    expect(summary(ALL, [1999, 2005])).toBe('No electric-vehicle milestone, launch or event falls in 1999–2005 for the selected brands.');
  });
});

describe('isLongHold: the one rule for dotted stretches and their footnote', () => {
  it('a hold of more than a year between reported months is long; exactly a year is not', () => {
    // Months since year 0: Dec 2016 = 24203. Dec 2017 is 12 months on, Jan 2018 13.
    expect([isLongHold(24203, 24215), isLongHold(24203, 24216), isLongHold(24203, 24203)]).toEqual([false, true, false]);
  });
});

describe('evFootnotes', () => {
  it('notes the Alliance series’ changing scope, the undated rows and production, and no disagreement', () => {
    expect(evFootnotes(evLines(dataset, ALL, full(), en), full(), en)).toEqual([
      'Rows of the source’s milestone table without a date are placed at the row above: December 2015 and December 2019.',
      `Alliance: ${dataset.evSeries[0]?.scopeNote}`,
      'Hollow dots count vehicles produced, not sold.',
      'Dotted stretches: more than a year between reported milestones; the sources give no figure in between.',
    ]);
  });
  it('notes only what is drawn', () => {
    const window = evWindow(dataset, [2017, 2017]);
    // No undated rows or production marks in 2017; the Nissan total holds through it (Dec 2016 to Apr 2020), dotted.
    expect(evFootnotes(evLines(dataset, ALL, window, en), window, en)).toEqual([
      `Alliance: ${dataset.evSeries[0]?.scopeNote}`,
      'Dotted stretches: more than a year between reported milestones; the sources give no figure in between.',
    ]);
  });
  it('counts a hold the window cuts by the milestones beyond it: Alliance Dec 2017 to Dec 2019 in 2016–2018', () => {
    const window = evWindow(dataset, [2016, 2018]);
    const alliance = evLines(dataset, ALL, window, en).find((l) => l.key === 'alliance')!;
    expect([alliance.outsideMonths, hasLongHold(alliance, window!)]).toEqual([{ before: monthIndex('2015-12'), after: monthIndex('2019-12') }, true]);
  });
  it('finds the long hold of the Nissan total (Dec 2016 to Apr 2020) and none for the lone i-MiEV dot', () => {
    const lines = evLines(dataset, ALL, full(), en);
    expect([hasLongHold(lines.find((l) => l.key === 'nissan')!, full()!), hasLongHold(lines.find((l) => l.key === 'i-miev')!, full()!)]).toEqual([true, false]);
  });
});

describe('evTable', () => {
  const table = () => evTable(evLines(dataset, ALL, full(), en), en);
  it('has one row per milestone', () => {
    expect(table().rows).toHaveLength(34);
  });
  it('starts with the Leaf 50,000 in February 2013, raw number and source id', () => {
    expect(table().rows[0]).toEqual({ date: '2013-02', series: 'Nissan Leaf', brand: 'Nissan', units: 50000, measure: 'sales', approximate: 'no', outcome: null, source: 'wiki-alliance' });
  });
  it('ends with one row per target: a sales target, its verdict and what was reported around its year end', () => {
    const withTargets = evTable(evLines(dataset, ALL, full(), en), en, evTargets(dataset, full()));
    expect(withTargets.rows.slice(34)).toEqual([
      {
        date: '2016', series: 'Target: 1.5 million EVs as early as 2016 (first target)', brand: 'Alliance-wide', units: 1_500_000,
        measure: 'sales target', approximate: 'no', outcome: 'Missed: 350,000 reported by August 2016; 400,000 in January 2017', source: 'wiki-alliance',
      },
      {
        date: '2020', series: 'Target: 1.5 million EVs by 2020 (revised in 2013)', brand: 'Alliance-wide', units: 1_500_000,
        measure: 'sales target', approximate: 'no', outcome: 'Missed: 800,000 reported by December 2019; 1 million in December 2021', source: 'wiki-alliance',
      },
    ]);
  });
  it('orders same-date rows by series', () => {
    expect(table().rows.filter((r) => r.date === '2019-12').map((r) => [r.series, r.units])).toEqual([
      ['Alliance (as reported)', 800000], ['Groupe Renault', 273550], ['Nissan Leaf', 450000], ['Renault Zoe', 181893],
      ['Renault Zoe', 200000], ['Renault Kangoo Z.E.', 48821], ['Renault Twizy', 29118], ['Renault Fluence Z.E. / SM3 Z.E.', 10600],
    ]);
  });
  it('is filtered like the chart', () => {
    expect(evTable(evLines(dataset, ['Renault'], full(), en), en).rows).toHaveLength(23);
  });
  // At density the chart cannot label every launch and event; the table lists each, with its source.
  it('ends with one row per launch and event marker drawn, by date', () => {
    const markers = evMarkers(dataset, ['Nissan'], full(), en);
    const rows = evTable(evLines(dataset, ['Nissan'], full(), en), en, [], markers).rows.filter((r) => r.units === null);
    expect(rows.map((r) => [r.date, r.series, r.brand, r.measure])).toEqual(markers.map((m) => [m.date, m.title, m.brand ?? 'Alliance-wide', m.recordKey === 'evLaunches' ? 'launch' : 'event']));
    expect(rows[0]).toEqual({ date: '2010-12', series: 'Nissan Leaf launched', brand: 'Nissan', units: null, measure: 'launch', approximate: null, outcome: null, source: 'wiki-alliance' });
  });
});

describe('evSourceIds and evBrands', () => {
  it('cites the one source behind the EV data', () => {
    expect(evSourceIds(evLines(dataset, ALL, full(), en), evMarkers(dataset, ALL, full(), en))).toEqual(['wiki-alliance']);
  });
  it('cites nothing when nothing is drawn', () => {
    expect(evSourceIds([], [])).toEqual([]);
  });
  it('lists the brands that have EV series', () => {
    expect(evBrands(dataset)).toEqual(['Renault', 'Nissan', 'Mitsubishi']);
  });
});

describe('evLines inside a narrow window', () => {
  const in2017 = () => evWindow(dataset, [2017, 2017])!;

  it('carries a series through a year without milestones at its last level (Leaf at 250,000 through 2017)', () => {
    const leaf = evLines(dataset, domain.brands, in2017(), en).find((l) => l.key === 'leaf');
    expect([leaf?.points.length, leaf?.carriedIn, leaf?.continuesPast]).toEqual([0, 250000, true]);
  });

  it('enters the window at the last level before it when milestones follow inside', () => {
    const alliance = evLines(dataset, domain.brands, in2017(), en).find((l) => l.key === 'alliance');
    expect([alliance?.carriedIn, alliance?.points.map((p) => p.units)]).toEqual([350000, [400000, 500000, 500000]]);
  });

  it('does not extend a series past its last milestone (nothing after Dec 2021)', () => {
    const in2023 = evWindow(dataset, [2021, 2021])!;
    const alliance = evLines(dataset, domain.brands, in2023, en).find((l) => l.key === 'alliance');
    expect([alliance?.carriedIn, alliance?.continuesPast]).toEqual([800000, false]);
  });
});

describe('key events come from the data (the real file + tests/fixtures/dacia-additions.json)', () => {
  it('marks an event flagged with an evLabel, in a 2024 window', () => {
    const months = evWindow(daciaDataset, [2024, 2024]);
    expect(evMarkers(daciaDataset, [], months, en).map((m) => [m.label, m.date])).toEqual([['Test key event', '2024-03']]);
  });
});

describe('EV words in French and Japanese', () => {
  const [fr, ja] = [intlFor('fr'), intlFor('ja')];
  const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
  const summaryIn = (intl: typeof en, brands: typeof ALL | ('Renault' | 'Nissan')[], range: [number, number]) => {
    const months = evWindow(dataset, range);
    return evSummary(evLines(dataset, brands, months, intl), evMarkers(dataset, brands, months, intl), dataset.evLaunches, range, intl);
  };
  it('writes three filter states in French, word order and figures as French writes them', () => {
    expect([summaryIn(fr, ALL, [1999, 2023]), summaryIn(fr, ['Renault'], [2017, 2017]), summaryIn(fr, ALL, [2010, 2012])].map(plain)).toEqual([
      'L’Alliance a atteint 1 000 000 véhicules électriques en décembre 2021. Le modèle le plus vendu parmi ceux affichés, la Nissan Leaf, a atteint 500 000 unités en décembre 2020.',
      'L’Alliance a atteint 500 000 véhicules électriques en octobre 2017.',
      'Aucun palier de ventes en 2010–2012 ; le graphique montre les lancements de modèles et les événements de ces années.',
    ]);
  });
  it('writes three filter states in Japanese', () => {
    expect([summaryIn(ja, ALL, [1999, 2023]), summaryIn(ja, ['Renault'], [2017, 2017]), summaryIn(ja, ALL, [2010, 2012])]).toEqual([
      'Allianceの電気自動車は2021年12月に100万台に達しました。表示中で最も売れたモデルNissan Leafは、2020年12月までに50万台に達しました。',
      'Allianceの電気自動車は2017年10月に50万台に達しました。',
      '2010～2012年に販売台数の節目はありません。グラフにはその期間のモデル発売と出来事を示しています。',
    ]);
  });
  it('keeps a count’s qualifier in French and Japanese', () => {
    expect(plain(summaryIn(fr, ALL, [2009, 2019]))).toMatch(/la Nissan Leaf, a atteint près de 450 000 unités en décembre 2019\.$/);
    expect(summaryIn(ja, ALL, [2009, 2019])).toMatch(/Nissan Leafは、2019年12月までに45万台近くに達しました。$/);
    expect(summaryIn(ja, ['Nissan'], [2020, 2020])).toMatch(/^Nissanの電気自動車は、Leafの発売から9年後の2020年4月に約50万台に達しました。/);
  });
  it('names production lines and launches in the reader’s language, the dataset’s names as written', () => {
    const lines = evLines(dataset, ALL, full(), ja);
    expect(lines.filter((l) => l.measure === 'production').map((l) => l.label)).toEqual(['Renault Zoe（生産）']);
    expect(evMarkers(dataset, ALL, full(), fr)[0]?.title.replace('\u202f', ' ')).toBe('Lancement : Mitsubishi i-MiEV');
  });
  it('words the table’s cells and headers', () => {
    const table = evTable(evLines(dataset, ALL, full(), ja), ja);
    expect(table.columns.map((c) => c.label)).toEqual(['時点', 'シリーズ', 'ブランド', '台数', '指標', '概数', '目標の結果', '出典']);
    expect(table.rows[0]).toMatchObject({ measure: '販売', approximate: 'いいえ' });
    expect(evTable(evLines(dataset, ALL, full(), ja), ja, evTargets(dataset, full())).rows.at(-1)).toMatchObject({
      series: '目標：1.5 million EVs by 2020 (revised in 2013)', measure: '販売目標', outcome: '未達：2019年12月までに80万台と報告、2021年12月に100万台',
    });
  });
});
