import { dataset } from '../test/renderWithProviders';
import { timelineBands } from './timelineBands';

describe('timelineBands', () => {
  it('gives each view’s years from the seeds: sales 2011–2018, EV 2009–2021, ownership 1999–2023', () => {
    expect(timelineBands(dataset)).toEqual([
      { key: 'sales', label: 'filters.band.sales', span: [2011, 2018] },
      { key: 'ev', label: 'filters.band.ev', span: [2009, 2021] },
      { key: 'ownership', label: 'filters.band.ownership', span: [1999, 2023] },
    ]);
  });

  it('leaves out a view with no records', () => {
    expect(timelineBands({ ...dataset, salesTotals: [] }).map((b) => b.key)).toEqual(['ev', 'ownership']);
  });
});
