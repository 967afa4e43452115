import { dataset } from '../test/renderWithProviders';
import { datasetYears } from '../data/catalogue';
import { timelineBands } from './timelineBands';

describe('timelineBands', () => {
  it('gives each view’s years from the seeds: sales 2011–2018, EV 2009–2021, ownership 1999–2023', () => {
    expect(timelineBands(dataset)).toEqual([
      { key: 'sales', label: 'filters.band.sales', span: [2011, 2018] },
      { key: 'ev', label: 'filters.band.ev', span: [2009, 2021] },
      { key: 'ownership', label: 'filters.band.ownership', span: [1999, 2023] },
    ]);
  });

  it('ends the ownership band where the filter’s years end: a stake’s end is exclusive (a stake ending 2025 ran the band past the track, to a year no control offers)', () => {
    const stake = { ...dataset.ownership[0]!, from: 2020, to: 2025 };
    const ownership = timelineBands({ ...dataset, ownership: [...dataset.ownership, stake] }).find((b) => b.key === 'ownership');
    expect([ownership?.span, datasetYears({ ...dataset, ownership: [...dataset.ownership, stake] })]).toEqual([[1999, 2024], [1999, 2024]]);
  });

  it('leaves out a view with no records', () => {
    expect(timelineBands({ ...dataset, salesTotals: [] }).map((b) => b.key)).toEqual(['ev', 'ownership']);
  });
});
