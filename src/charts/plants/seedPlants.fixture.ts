import type { Plant } from '../../data/schema';

const base = { source: 'wiki-alliance' };

/** Plants as the seed (Wikipedia, Renault–Nissan–Mitsubishi Alliance) states them; coordinates are the cities'. */
export const SEED_PLANTS: Plant[] = [
  { ...base, id: 'tangier', name: 'Renault–Nissan Tangier plant', city: 'Tangier', country: 'Morocco', lat: 35.729, lon: -5.637, brands: ['Renault', 'Nissan'], capacity: 400000, capacityUnit: 'vehicles', opened: 2012 },
  { ...base, id: 'chennai', name: 'Renault–Nissan Alliance plant, Chennai', city: 'Chennai', country: 'India', lat: 12.827, lon: 79.95, brands: ['Renault', 'Nissan'], capacity: 400000, capacityUnit: 'vehicles', opened: 2010 },
  { ...base, id: 'resende', name: 'Nissan Resende plant', city: 'Resende, Rio de Janeiro', country: 'Brazil', lat: -22.469, lon: -44.447, brands: ['Nissan'], capacity: 200000, capacityUnit: 'vehicles', opened: 2014 },
  { ...base, id: 'sao-jose-dos-pinhais', name: 'Renault São José dos Pinhais plant', city: 'São José dos Pinhais', country: 'Brazil', lat: -25.535, lon: -49.206, brands: ['Renault'], capacity: 380000, capacityUnit: 'vehicles' },
  { ...base, id: 'togliatti', name: 'AvtoVAZ Togliatti plant', city: 'Togliatti', country: 'Russia', lat: 53.56, lon: 49.27, brands: ['AvtoVAZ', 'Renault', 'Nissan'], capacity: 350000, capacityUnit: 'vehicles', opened: 2012 },
  { ...base, id: 'zama', name: 'AESC battery plant at Nissan Zama', city: 'Zama, Kanagawa', country: 'Japan', lat: 35.493, lon: 139.399, brands: ['Nissan'], capacity: 65000, capacityUnit: 'batteries', opened: 2009 },
  { ...base, id: 'decherd', name: 'Nissan Decherd powertrain plant', city: 'Decherd, Tennessee', country: 'United States', lat: 35.22, lon: -86.07, brands: ['Nissan', 'Daimler'], capacity: 250000, capacityUnit: 'engines' },
];

/** A plant run by a partner only, to check that plants with no Alliance brand always show. */
export const DAIMLER_ONLY: Plant = {
  ...base, id: 'partner', name: 'Partner plant', city: 'Kölleda', country: 'Germany', lat: 51.18, lon: 11.24, brands: ['Daimler'], capacity: 100000, capacityUnit: 'engines',
};
