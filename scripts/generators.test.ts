// The benchmark's datasets must stay files the app accepts: make-synthetic broke silently once when the
// schema learned to reject duplicate sales years. These checks run in `npm test`; they time nothing.
import { describe, expect, it } from 'vitest';
import { Dataset } from '../src/data/schema.ts';
import { GROWTH, makeGrowth } from './make-growth.ts';
import { makeSynthetic, readRealDataset, recordCount } from './make-synthetic.ts';

const real = readRealDataset();

describe('make-synthetic', () => {
  it.each([10, 100])('makes a schema-valid %i× dataset with every non-sales collection multiplied', (factor) => {
    const data = makeSynthetic(real, factor, 8);
    expect(Dataset.safeParse(JSON.parse(JSON.stringify(data))).success).toBe(true);
    expect(data.evMilestones).toHaveLength(real.evMilestones.length * factor);
    expect(data.ownership).toHaveLength(real.ownership.length * factor);
    // One figure per year and brand: the sales table is the real one.
    expect(data.sales).toEqual(real.sales);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(makeSynthetic(real, 3, 8))).toBe(JSON.stringify(makeSynthetic(real, 3, 8)));
    expect(JSON.stringify(makeSynthetic(real, 3, 9))).not.toBe(JSON.stringify(makeSynthetic(real, 3, 8)));
  });
});

describe('make-growth', () => {
  const data = makeGrowth(16);

  it('is schema-valid after a JSON round trip', () => {
    const result = Dataset.safeParse(JSON.parse(JSON.stringify(data)));
    expect(result.error?.issues.slice(0, 3)).toBeUndefined();
  });

  it('has the shape of the realistic 100× dataset', () => {
    const years = data.salesTotals.map((t) => t.year);
    expect([Math.min(...years), Math.max(...years)]).toEqual([1999, 2025]);
    expect(data.evSeries).toHaveLength(GROWTH.evSeries);
    expect(data.companies).toHaveLength(150);
    expect(data.ownership).toHaveLength(600);
    expect(data.plants).toHaveLength(300);
    expect(data.events).toHaveLength(800);
    expect(data.sources).toHaveLength(3000);
    expect(recordCount(data)).toBeGreaterThan(10_000);
  });

  it('gives every series a milestone each month of its run', () => {
    for (const series of data.evSeries) {
      const dates = data.evMilestones.filter((m) => m.series === series.id).map((m) => m.date);
      const index = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
      expect(dates.every((date, i) => i === 0 || index(date) === index(dates[i - 1] ?? '') + 1)).toBe(true);
      expect(dates.length).toBeGreaterThanOrEqual(25);
    }
  });

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(makeGrowth(16))).toBe(JSON.stringify(data));
  });

  it('words each stake for its own holder and company, a stake moved off a clash too', () => {
    const words = (o: (typeof data.ownership)[number]) => ('quote' in o ? o.quote : o.note?.replace(/^Derived: /, ''));
    expect(data.ownership.filter((o) => words(o) !== `${o.holder} holds ${o.percent ?? 'a stake'}% of ${o.held}`)).toEqual([]);
  });
});
