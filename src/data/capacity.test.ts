import { dataset } from '../test/renderWithProviders';
import { capacityIn, largestCapacity } from './capacity';
import type { Plant } from './schema';

// Figures from the encyclopedia article (wiki-alliance), as the dataset records them.
const plant = (id: string) => dataset.plants.find((p) => p.id === id)!;
const shown = (p: Plant, year: number) => {
  const { capacity, isInEffect } = capacityIn(p, year);
  return [capacity.amount, capacity.from, isInEffect];
};

describe('capacityIn', () => {
  it('draws Tangier’s 170,000 line, planned from 2012, as not yet in 2011 and in effect from 2012 on, before its undated 400,000', () => {
    expect([2011, 2012, 2023].map((year) => shown(plant('tangier'), year))).toEqual([
      [170000, '2012', false],
      [170000, '2012', true],
      [170000, '2012', true],
    ]);
  });

  it('draws Resende’s 200,000 (from 2014, the year it opened) as in effect from 2014, not before', () => {
    expect([2013, 2014].map((year) => shown(plant('resende'), year))).toEqual([
      [200000, '2014', false],
      [200000, '2014', true],
    ]);
  });

  it('draws an undated figure from the year the plant opens: Aguascalientes’ 300,000 from 2017', () => {
    expect([2016, 2017].map((year) => shown(plant('aguascalientes'), year))).toEqual([
      [300000, null, false],
      [300000, null, true],
    ]);
  });

  it('orders figures of one year by their month: a September figure follows a January one, whatever the file’s order', () => {
    const p: Plant = { ...plant('tangier'), capacities: [
      { amount: 400000, basis: 'stated', scope: 'plant', period: 'year', from: '2012-09' },
      { amount: 170000, basis: 'stated', scope: 'line', period: 'year', from: '2012-01' },
    ] };
    expect([2012, 2013].map((year) => shown(p, year))).toEqual([
      [400000, '2012-09', true],
      [400000, '2012-09', true],
    ]);
  });

  it('before a plant opens, shows the first figure dated after the year, not an earlier plan', () => {
    const p: Plant = { ...plant('tangier'), opened: 2017, capacities: [
      { amount: 170000, basis: 'planned', scope: 'line', period: 'year', from: '2012' },
      { amount: 400000, basis: 'planned', scope: 'plant', period: 'year', from: '2019' },
    ] };
    expect(shown(p, 2015)).toEqual([400000, '2019', false]);
  });
});

describe('largestCapacity', () => {
  it('is the largest figure of any plant: Chennai’s and Tangier’s 400,000', () => {
    expect(largestCapacity(dataset.plants)).toBe(400000);
  });
});
