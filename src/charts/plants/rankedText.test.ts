import { dataset } from '../../test/renderWithProviders';
import { rankedGroups } from './model';
import { rankedLines } from './rankedText';

describe('rankedLines', () => {
  it('writes one line per unit, plants in ranked order with their capacities (seed quotes: Busan 80,000, Decherd 250,000 engines, Zama 65,000 batteries)', () => {
    const groups = rankedGroups(dataset.plants, { yearRange: [1999, 2023], brands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] });
    expect(rankedLines(groups)).toEqual([
      'Vehicles a year: Tangier 400,000 · Chennai 400,000 · São José dos Pinhais 380,000 · Togliatti 350,000 · Aguascalientes 300,000 · Resende 200,000 · Busan 80,000',
      'Engines a year: Decherd 250,000',
      'Batteries a year: Zama 65,000',
    ]);
  });

  it('has no line for no plant', () => {
    expect(rankedLines([])).toEqual([]);
  });
});
