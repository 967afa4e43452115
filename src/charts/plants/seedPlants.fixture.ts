import type { Plant } from '../../data/schema';

const base = { source: 'wiki-alliance' };

/** The dataset's plants as the seed (Wikipedia, Renault–Nissan–Mitsubishi Alliance) states them, without quotes; coordinates are not from it. */
export const SEED_PLANTS: Plant[] = [
  { ...base, id: 'tangier', name: 'Renault–Nissan Tangier plant', city: 'Tangier', country: 'Morocco', lat: 35.729, lon: -5.637, brands: ['Renault', 'Nissan'], capacities: [{ amount: 170000, basis: 'planned', scope: 'line', period: 'year', from: '2012' }, { amount: 400000, basis: 'planned', scope: 'plant', period: 'year', from: null }], capacityUnit: 'vehicles', opened: 2012, openedBasis: 'planned' },
  { ...base, id: 'chennai', name: 'Renault–Nissan Alliance plant, Chennai', city: 'Chennai', country: 'India', lat: 12.827, lon: 79.95, brands: ['Renault', 'Nissan'], capacities: [{ amount: 400000, basis: 'planned', scope: 'plant', period: 'year', from: null }], capacityUnit: 'vehicles', opened: 2010 },
  { ...base, id: 'resende', name: 'Nissan Resende plant', city: 'Resende, Rio de Janeiro', country: 'Brazil', lat: -22.469, lon: -44.447, brands: ['Nissan'], capacities: [{ amount: 200000, basis: 'stated', scope: 'plant', period: 'year', from: '2014' }], capacityUnit: 'vehicles', opened: 2014 },
  { ...base, id: 'sao-jose-dos-pinhais', name: 'Renault São José dos Pinhais plant', city: 'São José dos Pinhais', country: 'Brazil', lat: -25.535, lon: -49.206, brands: ['Renault'], capacities: [{ amount: 380000, basis: 'planned', scope: 'plant', period: 'year', from: '2013' }], capacityUnit: 'vehicles' },
  { ...base, id: 'togliatti', name: 'AvtoVAZ Togliatti plant', city: 'Togliatti', country: 'Russia', lat: 53.56, lon: 49.27, brands: ['AvtoVAZ', 'Renault', 'Nissan'], capacities: [{ amount: 350000, basis: 'stated', scope: 'line', period: 'year', from: null }], capacityUnit: 'vehicles', opened: 2012 },
  { ...base, id: 'busan', name: 'Renault Samsung Motors Busan plant', city: 'Busan', country: 'South Korea', lat: 35.087, lon: 128.875, brands: ['Renault', 'Nissan'], capacities: [{ amount: 80000, basis: 'stated', scope: 'model', period: 'year', from: '2014-09' }], capacityUnit: 'vehicles' },
  { ...base, id: 'zama', name: 'AESC battery plant at Nissan Zama', city: 'Zama, Kanagawa', country: 'Japan', lat: 35.493, lon: 139.399, brands: ['Nissan'], capacities: [{ amount: 65000, basis: 'stated', scope: 'plant', period: 'year', from: null }], capacityUnit: 'batteries', opened: 2009 },
  { ...base, id: 'aguascalientes', name: 'Alliance–Daimler plant, Aguascalientes', city: 'Aguascalientes', country: 'Mexico', lat: 21.74, lon: -102.3, brands: ['Nissan', 'Daimler'], capacities: [{ amount: 300000, basis: 'planned', scope: 'plant', period: 'year', from: null }], capacityUnit: 'vehicles', opened: 2017, openedBasis: 'planned' },
  { ...base, id: 'decherd', name: 'Nissan Decherd powertrain plant', city: 'Decherd, Tennessee', country: 'United States', lat: 35.22, lon: -86.07, brands: ['Nissan', 'Daimler'], capacities: [{ amount: 250000, basis: 'planned', scope: 'model', period: null, from: '2014' }], capacityUnit: 'engines' },
];

/** A plant run by a partner only, to check that plants with no Alliance brand always show. */
export const DAIMLER_ONLY: Plant = {
  ...base, id: 'partner', name: 'Partner plant', city: 'Kölleda', country: 'Germany', lat: 51.18, lon: 11.24, brands: ['Daimler'], capacities: [{ amount: 100000, basis: 'stated', scope: 'plant', period: 'year', from: null }], capacityUnit: 'engines',
};
