import { textWidth } from '../../components/textWidth';
import { intlFor } from '../../i18n/intl';
import { MAX_DROP_ROWS, MAX_LABELS, placeTargets } from './targetLayout';
import { targetMarkLabel, type EvTarget } from './targets';

// Targets on a plain scale: one pixel a month from January 1990, 1 px per 1,000 units from y = 300.
const en = intlFor('en');
const xOf = (month: number) => month - 1990 * 12;
const yOf = (units: number) => 300 - units / 1000;
const PLOT = { left: 0, right: 1000 };
const target = (year: number, amount: number, setIn: number | null = null): EvTarget => ({
  key: `t-${year}-${amount}`, index: 0, year, month: year * 12 + 11, amount, label: 'x', seriesId: 's', seriesLabel: 'S', setIn, revisedIn: null,
  status: 'met', before: null, after: null, source: 's', quote: null, note: null,
});
const widthOf = (t: EvTarget, isCompact: boolean) => textWidth(targetMarkLabel(t, isCompact, en), 12, true);
const place = (targets: EvTarget[], isCompact = false) => placeTargets(targets, xOf, yOf, PLOT, isCompact, en);

describe('placeTargets', () => {
  it('ends a wide label 4 px right of its diamond, 18 px under it; a narrow one 10 px left of it, 4 px under', () => {
    const t = target(2010, 100_000); // x = 251, y = 200
    expect(place([t]).map((p) => [p.x, p.y, p.text, p.labelX, p.labelY])).toEqual([[251, 200, '2010 target: 100,000, met', 255, 218]]);
    expect(place([t], true).map((p) => [p.text, p.labelX, p.labelY])).toEqual([['2010: met', 241, 204]]);
  });

  it('keeps a label inside the plot at either edge', () => {
    const early = target(1991, 100_000); // x = 23: the label would start left of the plot
    const late = target(2080, 100_000); // x = 1091: past the right edge
    expect(place([early, late]).map((p) => p.labelX)).toEqual([PLOT.left + widthOf(early, false), PLOT.right]);
  });

  it('places targets by month, and drops a label a row where it would overlap one placed before, not where it is lower anyway', () => {
    const [a, b, c, d] = [target(2010, 100_000), target(2011, 95_000), target(2011, 50_000), target(2030, 100_000)];
    // b's label would be 5 px under a's, over the same span: a row down. c's is 50 px under: where it is.
    expect(place([d, c, b, a]).map((p) => [p.target.year, p.target.amount, p.labelY])).toEqual([[2010, 100_000, 218], [2011, 50_000, 268], [2011, 95_000, 223 + 14], [2030, 100_000, 218]]);
  });

  it('on a narrow chart puts a label that does not fit left of its diamond under the line instead, never over the diamond', () => {
    // x = 59: "1994: met" is wider than the 49 px left of the diamond's 10 px gap.
    const [early, later] = [target(1994, 100_000), target(2010, 100_000)];
    const [first, second] = place([early, later], true);
    expect([first!.labelX, first!.labelY]).toEqual([Math.max(widthOf(early, true), 63), 218]);
    // The diamond (x ± 6, y ± 6) is above the label's glyphs (baseline 218, 12 px type: from 209).
    expect(first!.labelY - 9).toBeGreaterThan(first!.y + 6);
    expect([second!.labelX, second!.labelY]).toEqual([241, 204]);
  });

  it('on a narrow chart keeps a label off the line where it would cover another target’s diamond: left of its own, under the line', () => {
    // Both at 100,000: 2010's label, left of its diamond (x = 251), would run over 2008's diamond (x = 227).
    const [first, second] = place([target(2008, 100_000), target(2010, 100_000)], true);
    expect([first!.labelY, second!.labelX, second!.labelY]).toEqual([204, 241, 218]);
  });

  it('lets two labels that only touch share a row', () => {
    const first = target(2010, 100_000); // label span [255 - w1 - 6, 261]
    const x2 = 251 + 12 + Math.ceil(widthOf(target(2015, 100_000), false));
    const touching = { ...target(2015, 100_000), month: 1990 * 12 + x2 };
    const [, second] = place([first, touching]);
    const spanStart = second!.labelX - widthOf(touching, false) - 6;
    expect([spanStart >= 261, second!.labelY]).toEqual([true, 218]);
    const overlapping = { ...touching, month: touching.month - Math.ceil(spanStart - 261) - 1 };
    expect(place([first, overlapping])[1]!.labelY).toBe(218 + 14);
  });

  it('drops a label under the line a row where it would cover a lower target’s diamond', () => {
    // 2012's label (baseline y + 18 = 200) runs left under its line, over 2011's diamond (x = 263, y = 200 ± 6).
    const [lower, upper] = place([target(2011, 100_000), target(2012, 118_000)]);
    expect([lower!.y, upper!.y + 18, upper!.labelX - widthOf(upper!.target, false) < lower!.x + 6]).toEqual([200, 200, true]);
    // Placed below the diamond and below 2011's own label (baseline 218), 14 px apart.
    expect(upper!.labelY).toBe(242);
  });

  it('starts the target’s line when it was set, never left of the plot, and draws none without a year', () => {
    expect(place([target(2010, 100_000, 2008), target(2012, 100_000, 1985), target(2014, 100_000)]).map((p) => p.lineX1)).toEqual([216, PLOT.left, null]);
  });
});

// Placing each label against every other target grew with the cube of their number: a dataset of 9,000 valid
// targets froze the tab for a minute. A chart labels at most MAX_LABELS, each at most MAX_DROP_ROWS below its line.
describe('placeTargets on many targets', () => {
  const many = Array.from({ length: 600 }, (_, i) => target(2000 + (i % 30), 1000 + i));

  it(`labels at most ${MAX_LABELS} targets and draws every diamond`, () => {
    const placed = place(many);
    expect([placed.length, placed.filter((p) => p.labelShown).length <= MAX_LABELS]).toEqual([600, true]);
  });

  it(`labels the first ${MAX_LABELS} in month order where each has room, and tries no more, placed or not`, () => {
    // One a year, each 30 px above the one before: every label has room. Listed latest first.
    const apart = Array.from({ length: MAX_LABELS + 6 }, (_, i) => target(1991 + i, 1000 + i * 30_000)).reverse();
    expect(place(apart).filter((p) => p.labelShown).map((p) => p.target.year)).toEqual(Array.from({ length: MAX_LABELS }, (_, i) => 1991 + i));
    // Thirty at one spot fill the rows there; a target with room after them is not tried.
    const crowded = [...Array.from({ length: 30 }, () => target(2000, 100_000)), target(2020, 10_000)];
    expect(place(crowded).at(-1)).toMatchObject({ target: { year: 2020 }, labelShown: false });
  });

  it(`leaves a label out rather than drop it more than ${MAX_DROP_ROWS} rows below its line`, () => {
    // Nine targets at one spot: each label drops a row under the one before, until there is no more room.
    const stacked = Array.from({ length: 9 }, () => target(2010, 100_000));
    const placed = place(stacked);
    expect(placed.map((p) => p.labelShown)).toEqual([...Array(MAX_DROP_ROWS + 1).fill(true), false, false]);
    expect(Math.max(...placed.filter((p) => p.labelShown).map((p) => p.labelY - (p.y + 18)))).toBe(MAX_DROP_ROWS * 14);
  });
});
