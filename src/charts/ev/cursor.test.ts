import { dataset, domain } from '../../test/renderWithProviders';
import { evCursor, evCursorSummary } from './cursor';
import { evLayout } from './layout';
import { TAG_ROOM } from './cursorLayout';
import { evLines, evMarkers, evWindow } from './model';
import { evTargets } from './targets';
import { targetLabelBox } from './targetLayout';
import { boxesOverlap } from '../../components/geometry';
import { intlFor } from '../../i18n/intl';

const en = intlFor('en');

// Milestones checked by hand against the seeds' zero-emission table (wiki-alliance).
// Computed inside each test, never when the file loads: a model's code run at load time makes every mutant in it
// "static" for `npm run mutate`, rerunning every test of the area instead of the few that reach it.
const window2011to2018 = () => evWindow(dataset, [2011, 2018]);
const lines = () => evLines(dataset, domain.brands, window2011to2018(), en);
const valuesAt = (at: number) => evCursor(lines(), window2011to2018(), at, en)?.values.map((v) => [v.key, v.units]);

describe('evCursor', () => {
  it('reads each line’s latest milestone up to December of the cursor year', () => {
    expect(valuesAt(2016)).toEqual([
      ['alliance', 350000],
      ['groupe-renault', 100000],
      ['nissan', 275000],
      ['leaf', 250000],
      ['zoe', 50000],
      ['kangoo-ze', 10000],
      ['twizy', 15000],
    ]);
  });

  it('gives the Alliance total of each year 2013–2018 and nothing before its first milestone', () => {
    const alliance = (at: number) => evCursor(lines(), window2011to2018(), at, en)?.values.find((v) => v.key === 'alliance')?.units ?? null;
    expect([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018].map(alliance)).toEqual([null, null, 100000, 200000, 300000, 350000, 500000, 500000]);
  });

  it('never extrapolates past a series’ last milestone: the i-MiEV (last reported March 2015) has a value in 2015, none in 2016', () => {
    expect(valuesAt(2015)?.find(([key]) => key === 'i-miev')).toEqual(['i-miev', 50000]);
    expect(valuesAt(2016)?.find(([key]) => key === 'i-miev')).toBeUndefined();
  });

  it('says where each figure comes from', () => {
    expect(evCursor(lines(), window2011to2018(), 2016, en)?.values[0]).toMatchObject({ text: 'Alliance 350,000', description: 'Alliance: 350,000 by Aug 2016' });
  });

  it('stands at the window’s end when the data stops before December', () => {
    const full = evWindow(dataset, [1999, 2023]);
    expect(evCursor(evLines(dataset, domain.brands, full, en), full, 2021, en)?.month).toBe(2021 * 12 + 11);
    expect(evCursor(evLines(dataset, domain.brands, full, en), full, 2023, en)).toBeNull();
    expect(evCursor(lines(), null, 2016, en)).toBeNull();
  });
});

describe('cursor labels in the layout', () => {
  const placedAt = (width: number) => evLayout(lines(), [], window2011to2018()!, 'linear', width, evCursor(lines(), window2011to2018(), 2016, en), [], 'en').cursor!;
  it('sets the seven readings’ plates apart at 634 px', () => {
    const ys = placedAt(634).labels.map((l) => l.plate!.y).sort((a, b) => a - b);
    expect(ys).toHaveLength(7);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(17));
  });
  describe('on the dashboard, 1999–2023, with the view’s markers and targets', () => {
    const full = () => evWindow(dataset, [1999, 2023])!;
    const allLines = () => evLines(dataset, domain.brands, full(), en);
    const placed = (width: number, at: number) => {
      const targets = evTargets(dataset, full()).filter((t) => allLines().some((l) => l.seriesId === t.seriesId));
      return evLayout(allLines(), evMarkers(dataset, domain.brands, full(), en), full(), 'linear', width, evCursor(allLines(), full(), at, en), targets, 'en');
    };
    const dotsUnderPlates = (layout: ReturnType<typeof placed>) => {
      const dots = layout.lines.flatMap((line) => line.dots);
      return layout.cursor!.labels.flatMap(({ plate }) => (plate ? dots.filter((d) => d.x + 3 > plate.box.x0 && d.x - 3 < plate.box.x1 && d.y + 3 > plate.box.y0 && d.y - 3 < plate.box.y1) : []));
    };
    it.each([2015, 2017, 2018, 2020])('sets the %i readings left of the rule, lifted clear of every dot, in a 635 px card', (at) => {
      const layout = placed(635, at);
      expect([layout.cursor!.labels[0]!.plate?.anchor, layout.cursor!.lift > 0, dotsUnderPlates(layout)]).toEqual(['end', true, []]);
    });
    it('leaves out the 2016 and 2020 targets’ labels that the 2019 readings cover, and keeps their lines and diamonds', () => {
      const layout = placed(635, 2019);
      expect(layout.cursor!.labels.every((l) => l.plate !== null)).toBe(true);
      expect(layout.targets.map((t) => [t.target.year, t.labelShown])).toEqual([[2016, false], [2020, false]]);
      expect(placed(635, 2015).targets.map((t) => t.labelShown)).toEqual([true, true]);
    });
    it.each([635, 500, 350])('leaves out every target label a plate covers, in any year 1999–2023 at %i px (the layout applies clearOfPlates)', (width) => {
      const under = Array.from({ length: 25 }, (_, i) => 1999 + i).flatMap((at) => {
        const layout = placed(width, at);
        const plates = (layout.cursor?.labels ?? []).flatMap((l) => (l.plate ? [l.plate.box] : []));
        return layout.targets.filter((t) => t.labelShown && plates.some((box) => boxesOverlap(targetLabelBox(t), box))).map((t) => `${at}: ${t.text}`);
      });
      expect(under).toEqual([]);
    });
    it('leaves out the plates on a phone where the widest would cross the plot, and keeps them where they fit (2020)', () => {
      expect([2015, 2018].map((at) => placed(350, at).cursor!.labels.every((l) => l.plate === null))).toEqual([true, true]);
      expect(placed(350, 2020).cursor!.labels.map((l) => l.plate?.anchor)).toEqual(['end', 'end', 'end', 'end']);
    });
  });
  // The realistic 100× file's 60 lines squeezed 60 plates into a column with room for 18: they printed over each other.
  it('gives plates to as many readings as the plot has room for, the highest, 17 px apart, and keeps every reading’s dot', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...lines().find((l) => l.key === 'leaf')!, key: `s${i}`, shortLabel: `S${i}`, points: lines().find((l) => l.key === 'leaf')!.points.map((p) => ({ ...p, units: p.units + i * 1000 })) }));
    const placed = evLayout(many, [], window2011to2018()!, 'linear', 634, evCursor(many, window2011to2018(), 2016, en), [], 'en');
    const { top, bottom } = placed.plot;
    const room = Math.floor((bottom - top - TAG_ROOM - 16) / 17) + 1;
    const plated = placed.cursor!.labels.filter((l) => l.plate !== null);
    const ys = plated.map((l) => l.plate!.y).sort((a, b) => a - b);
    expect([
      placed.cursor!.labels.length,
      plated.map((l) => l.value.key).sort(),
      Math.min(...ys.slice(1).map((y, i) => y - ys[i]!)) >= 17,
    ]).toEqual([40, Array.from({ length: room }, (_, k) => `s${39 - k}`).sort(), true]);
  });
  it('draws no plates where the widest does not fit beside the rule (340 px), and keeps every reading’s dot', () => {
    const placed = placedAt(340);
    expect(placed.labels.map((l) => l.plate)).toEqual(Array(7).fill(null));
    expect(new Set(placed.labels.map((l) => l.value.key)).size).toBe(7);
  });
});

describe('the compared year’s rule', () => {
  it('stands at December of that year, left of the cursor’s for an earlier year; none without a comparison', () => {
    const at = (vs: number | null) => evLayout(lines(), [], window2011to2018()!, 'linear', 634, evCursor(lines(), window2011to2018(), 2016, en, vs), [], 'en').cursor!;
    const ruleAt = (month: number) => evLayout(lines(), [], window2011to2018()!, 'linear', 634, evCursor(lines(), window2011to2018(), month, en), [], 'en').cursor!.x;
    expect(at(2014).compare).toEqual({ year: 2014, x: ruleAt(2014) });
    expect(at(2014).compare!.x).toBeLessThan(at(2014).x!);
    expect(at(null).compare).toBeNull();
    expect(at(2023).compare).toBeNull();
  });

  it('stands alone when the cursor’s year is past the chart (2023 against 2011–2018): the compared year’s rule and tag, no cursor rule or readings', () => {
    // The page's default cursor is the last year, after the EV data ends: a reader who picks a year to compare with
    // saw nothing change in this view, where the sales chart framed that year.
    const cursor = evCursor(lines(), window2011to2018(), 2023, en, 2016);
    expect(cursor).toMatchObject({ year: 2023, month: null, values: [], compared: { year: 2016, month: 2016 * 12 + 11 } });
    const placed = evLayout(lines(), [], window2011to2018()!, 'linear', 634, cursor, [], 'en').cursor!;
    const alone = evLayout(lines(), [], window2011to2018()!, 'linear', 634, evCursor(lines(), window2011to2018(), 2016, en), [], 'en').cursor!;
    expect(placed).toMatchObject({ x: null, labels: [], compare: { year: 2016, x: alone.x } });
    expect(placed.tags).toEqual([{ kind: 'vs', year: 2016, x: alone.tags[0]!.x, y: alone.tags[0]!.y, halfWidth: alone.tags[0]!.halfWidth }]);
    // Nothing to draw when neither year is on the chart.
    expect(evCursor(lines(), window2011to2018(), 2023, en, 2020)).toBeNull();
    expect(evCursor(lines(), window2011to2018(), 2023, en)).toBeNull();
  });

  it('tags each rule with its year at the plot’s top, the two moved apart where they would overlap and kept inside the plot', () => {
    const layoutAt = (width: number, at: number, vs: number | null) =>
      evLayout(lines(), [], window2011to2018()!, 'linear', width, evCursor(lines(), window2011to2018(), at, en, vs), [], 'en');
    const tags = (width: number, at: number, vs: number | null) => layoutAt(width, at, vs).cursor!.tags.map(({ kind, year, x }) => ({ kind, year, x }));
    // Wide, 2014 and 2016 far apart: each tag centred on its rule.
    const wide = layoutAt(634, 2016, 2014).cursor!;
    expect(tags(634, 2016, 2014)).toEqual([{ kind: 'at', year: 2016, x: wide.x }, { kind: 'vs', year: 2014, x: wide.compare!.x }]);
    expect(wide.tags.every((t) => t.y === layoutAt(634, 2016, 2014).plot.top + 9)).toBe(true);
    // Narrow, 2016 and 2017 a year apart: pushed apart, no overlap, the cursor's still left of the compared one.
    const [a, v] = layoutAt(340, 2016, 2017).cursor!.tags;
    expect(v!.x - a!.x).toBeGreaterThanOrEqual(a!.halfWidth + v!.halfWidth);
    // At the window's end the tag stays inside the plot; without a comparison there is one tag.
    const end = layoutAt(340, 2018, null);
    expect(end.cursor!.tags).toHaveLength(1);
    expect(end.cursor!.tags[0]!.x + end.cursor!.tags[0]!.halfWidth).toBeLessThanOrEqual(end.plot.right);
  });
});

describe('evCursorSummary', () => {
  const summaryAt = (at: number, range: [number, number] = [2011, 2018], intl = en) => {
    const months = evWindow(dataset, range);
    return evCursorSummary(evCursor(evLines(dataset, domain.brands, months, intl), months, at, intl), months, intl);
  };


  it('names the three largest readings at the cursor, each with the month its figure is from', () => {
    expect(summaryAt(2016)).toBe('As of 2016, the latest figures: Alliance 350,000 (Aug 2016); Nissan 275,000 (Dec 2016); Nissan Leaf 250,000 (Dec 2016).');
  });

  it('says nothing at the window’s end, which the summary already tells, or where the cursor reads nothing', () => {
    expect(summaryAt(2018)).toBe('');
  });

  it('says which year the dashed rule marks where only the compared year is on the chart (a cursor past its end)', () => {
    const months = evWindow(dataset, [2011, 2018]);
    const sentence = (intl: typeof en) => evCursorSummary(evCursor(evLines(dataset, domain.brands, months, intl), months, 2023, intl, 2016), months, intl);
    expect(sentence(en)).toBe('The dashed rule marks 2016, the year compared with; 2023 is outside the chart’s years.');
    expect(sentence(intlFor('fr'))).toBe('La règle en tirets marque 2016, l’année de comparaison\u202f; 2023 est hors des années du graphique.');
    expect(sentence(intlFor('ja'))).toBe('破線は比較対象の2016年を示します。2023年はグラフの期間外です。');
    expect(summaryAt(2021, [2009, 2023])).toBe('');
    expect(summaryAt(2010, [2009, 2023])).toBe('');
  });

  it('words each reading as its source does: more than, about, almost', () => {
    expect(summaryAt(2019, [2009, 2023])).toBe('As of 2019, the latest figures: Alliance 800,000 (Dec 2019); Nissan Leaf almost 450,000 (Dec 2019); Nissan 275,000 (Dec 2016).');
    const months = evWindow(dataset, [2009, 2023]);
    const at2019 = evCursor(evLines(dataset, domain.brands, months, en), months, 2019, en)!.values;
    expect(at2019.find((v) => v.key === 'groupe-renault')).toMatchObject({ text: 'Groupe Renault more than 273,550', description: 'Groupe Renault: more than 273,550 by Dec 2019' });
    const ja = intlFor('ja');
    expect(evCursor(evLines(dataset, domain.brands, months, ja), months, 2019, ja)!.values.find((v) => v.key === 'leaf')?.description).toBe('Nissan Leaf：2019年12月までに45万台近く');
  });

  it('is worded in French and Japanese', () => {
    expect(summaryAt(2016, [2011, 2018], intlFor('fr'))).toMatch(/^Fin 2016, derniers chiffres\u202f: .*350\u202f000 \(août 2016\)/);
    expect(summaryAt(2016, [2011, 2018], intlFor('ja'))).toMatch(/^2016年時点の最新の数値：.*35万台（2016年8月）/);
  });
});
