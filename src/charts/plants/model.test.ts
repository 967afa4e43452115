import { BRANDS } from '../../data/schema';
import {
  isOpenedBetween,
  allianceBrands,
  fillBrand,
  isPlantFaded,
  isPlantPlanned,
  mapHeight,
  maxRadiusFor,
  plantAriaLabel,
  plantMarks,
  plantsSummary,
  radiusScale,
  rankedGroups,
  regionProjection,
  ringBrand,
  shortCity,
} from './model';
import { DAIMLER_ONLY, SEED_PLANTS } from './seedPlants.fixture';
import { plantsTable } from './table';
import type { MapRegion } from '../../state/filters';

const ALL = { yearRange: [1999, 2023] as const, brands: BRANDS };
const byId = (id: string) => {
  const plant = SEED_PLANTS.find((p) => p.id === id);
  if (!plant) throw new Error(id);
  return plant;
};
const tangier = byId('tangier');
const saoJose = byId('sao-jose-dos-pinhais');
const togliatti = byId('togliatti');

function marksAt(region: MapRegion, width: number, filters: { yearRange: readonly [number, number]; brands: typeof BRANDS | readonly (typeof BRANDS)[number][] }) {
  const height = mapHeight(region, width);
  return plantMarks(SEED_PLANTS, filters, regionProjection(region, width, height), { width, height }, radiusScale(SEED_PLANTS, 22));
}

describe('radiusScale', () => {
  it('gives the largest plant (Tangier, 400,000) the full radius', () => {
    expect(radiusScale(SEED_PLANTS, 22)(400000)).toBe(22);
  });
  it('makes area proportional to capacity: a quarter of the capacity, half the radius', () => {
    expect(radiusScale(SEED_PLANTS, 22)(100000)).toBe(11);
  });
  it('draws Resende (200,000) at 22 / √2', () => {
    expect(radiusScale(SEED_PLANTS, 22)(200000)).toBeCloseTo(15.556, 3);
  });
  it('maps zero to zero when there are no plants', () => {
    expect(radiusScale([], 22)(0)).toBe(0);
  });
});

describe('maxRadiusFor', () => {
  it('is 9 px on a phone', () => expect(maxRadiusFor(200)).toBe(9));
  it('is 21 px on a 650 px card', () => expect(maxRadiusFor(650)).toBe(21));
  it('stops at 22 px', () => expect(maxRadiusFor(1400)).toBe(22));
});

describe('plant state for a filter', () => {
  it('keeps Tangier (Renault, Nissan) active when only Nissan is selected', () => {
    expect(isPlantFaded(tangier, ['Nissan'])).toBe(false);
  });
  it('fades São José dos Pinhais (Renault only) when only Nissan is selected', () => {
    expect(isPlantFaded(saoJose, ['Nissan'])).toBe(true);
  });
  it('fades every Alliance plant when no brand is selected', () => {
    expect(isPlantFaded(tangier, [])).toBe(true);
  });
  it('never fades a plant with no Alliance brand', () => {
    expect(isPlantFaded(DAIMLER_ONLY, [])).toBe(false);
  });
  it('marks Tangier (opened 2012) as planned in 2011', () => {
    expect(isPlantPlanned(tangier, 2011)).toBe(true);
  });
  it('marks Tangier as open in its opening year', () => {
    expect(isPlantPlanned(tangier, 2012)).toBe(false);
  });
  it('counts a plant with no opening year as open in any year', () => {
    expect(isPlantPlanned(saoJose, 1999)).toBe(false);
  });
});

describe('brand colours', () => {
  it('lists only Alliance brands, in the plant’s order', () => {
    expect(allianceBrands(byId('decherd'))).toEqual(['Nissan']);
  });
  it('fills Togliatti with its first brand, AvtoVAZ, when all are selected', () => {
    expect(fillBrand(togliatti, BRANDS)).toBe('AvtoVAZ');
  });
  it('fills Togliatti with Nissan when only Nissan is selected', () => {
    expect(fillBrand(togliatti, ['Nissan'])).toBe('Nissan');
  });
  it('has no fill brand for a partner-only plant', () => {
    expect(fillBrand(DAIMLER_ONLY, BRANDS)).toBe(null);
  });
  it('rings Tangier in Nissan, its second brand', () => {
    expect(ringBrand(tangier, BRANDS)).toBe('Nissan');
  });
  it('gives a one-brand plant no ring', () => {
    expect(ringBrand(byId('resende'), BRANDS)).toBe(null);
  });
});

describe('labels', () => {
  it('shortens "Resende, Rio de Janeiro" to "Resende"', () => {
    expect(shortCity('Resende, Rio de Janeiro')).toBe('Resende');
  });
  it('states place and capacity with its unit', () => {
    expect(plantAriaLabel(tangier, 2023)).toBe('Tangier, Morocco: 400,000 vehicles a year');
  });
  it('adds the opening year of a plant not yet open', () => {
    expect(plantAriaLabel(tangier, 2011)).toBe('Tangier, Morocco: 400,000 vehicles a year, opens 2012 (not yet open in 2011)');
  });
});

describe('region extents', () => {
  it('makes the world map 344 px tall at 800 px', () => expect(mapHeight('world', 800)).toBe(344));
  it('makes Europe 491 px tall at 800 px', () => expect(mapHeight('europe', 800)).toBe(491));
  it('caps the Americas at 0.72 of the width', () => expect(mapHeight('americas', 800)).toBe(576));
  it('shows every plant on the world map', () => {
    expect(marksAt('world', 800, ALL).map((m) => m.id).sort()).toEqual(SEED_PLANTS.map((p) => p.id).sort());
  });
  it('shows Tangier and Togliatti in Europe', () => {
    expect(marksAt('europe', 800, ALL).map((m) => m.id)).toEqual(['tangier', 'togliatti']);
  });
  it('shows Chennai and Zama in Asia', () => {
    expect(marksAt('asia', 800, ALL).map((m) => m.id)).toEqual(['chennai', 'zama']);
  });
  it('shows the Brazilian plants and Decherd in the Americas (Tangier sits at its east edge)', () => {
    expect(marksAt('americas', 800, ALL).map((m) => m.id)).toEqual(['tangier', 'sao-jose-dos-pinhais', 'decherd', 'resende']);
  });
});

describe('plantMarks', () => {
  it('draws the largest first, ties in dataset order', () => {
    expect(marksAt('world', 800, ALL).map((m) => [m.id, m.r])).toEqual([
      ['tangier', 22], ['chennai', 22], ['sao-jose-dos-pinhais', 21.4], ['togliatti', 20.6], ['decherd', 17.4], ['resende', 15.6], ['zama', 8.9],
    ]);
  });
  it('draws faded plants first, under the rest', () => {
    expect(marksAt('world', 800, { yearRange: [1999, 2023], brands: ['Nissan'] }).map((m) => [m.id, m.isFaded])[0]).toEqual(['sao-jose-dos-pinhais', true]);
  });
  it('projects Tangier to (389.1, 91.3) on the 800 px world map', () => {
    const mark = marksAt('world', 800, ALL).find((m) => m.id === 'tangier');
    expect([mark?.x, mark?.y]).toEqual([389.1, 91.3]);
  });
  it('marks Tangier, Togliatti and Resende planned in 2011', () => {
    const planned = marksAt('world', 800, { yearRange: [2011, 2011], brands: BRANDS }).filter((m) => m.isPlanned).map((m) => m.id);
    expect(planned).toEqual(['tangier', 'togliatti', 'resende']);
  });
});

describe('rankedGroups', () => {
  it('groups by unit, largest first', () => {
    expect(rankedGroups(SEED_PLANTS, ALL).map((g) => [g.unit, g.rows.map((r) => r.plant.capacity)])).toEqual([
      ['vehicles', [400000, 400000, 380000, 350000, 200000]],
      ['engines', [250000]],
      ['batteries', [65000]],
    ]);
  });
  it('leaves out faded plants and empty units', () => {
    expect(rankedGroups(SEED_PLANTS, { yearRange: [1999, 2023], brands: ['Renault'] }).map((g) => [g.unit, g.rows.map((r) => r.plant.id)])).toEqual([
      ['vehicles', ['tangier', 'chennai', 'sao-jose-dos-pinhais', 'togliatti']],
    ]);
  });
  it('is empty when no brand is selected', () => {
    expect(rankedGroups(SEED_PLANTS, { yearRange: [1999, 2023], brands: [] })).toEqual([]);
  });
});

describe('plantsSummary', () => {
  it('sums open capacity per unit and names the largest (a tie)', () => {
    expect(plantsSummary(SEED_PLANTS, ALL)).toBe(
      '7 plants open by 2023, with capacity for 1,730,000 vehicles, 250,000 engines and 65,000 batteries a year. Largest: Tangier, Morocco and Chennai, India (400,000 vehicles a year each).',
    );
  });
  it('lists the plants not yet open in a single year', () => {
    expect(plantsSummary(SEED_PLANTS, { yearRange: [2011, 2011], brands: BRANDS })).toBe(
      '4 plants open by 2011, with capacity for 780,000 vehicles, 250,000 engines and 65,000 batteries a year. Largest: Chennai, India (400,000 vehicles a year). 3 more not yet open: Tangier (2012), Togliatti (2012) and Resende (2014).',
    );
  });
  it('says when none of the brand’s plants is open yet', () => {
    expect(plantsSummary(SEED_PLANTS, { yearRange: [1999, 2008], brands: ['AvtoVAZ'] })).toBe('No plant open by 2008; 1 not yet open: Togliatti (2012).');
  });
  it('says when no brand is selected', () => {
    expect(plantsSummary(SEED_PLANTS, { yearRange: [1999, 2023], brands: [] })).toBe('No plant belongs to the selected brands.');
  });
  it('counts a partner-only plant with no brand selected', () => {
    expect(plantsSummary([DAIMLER_ONLY], { yearRange: [1999, 2023], brands: [] })).toBe(
      '1 plant open by 2023, with capacity for 100,000 engines a year. Largest: Kölleda, Germany (100,000 engines a year).',
    );
  });
});

describe('plantsTable', () => {
  it('writes raw numbers, status and source for each plant', () => {
    expect(plantsTable(SEED_PLANTS, { yearRange: [1999, 2011], brands: ['Nissan'] }).rows.slice(0, 3)).toEqual([
      { plant: 'Renault–Nissan Tangier plant', city: 'Tangier', country: 'Morocco', brands: 'Renault, Nissan', capacity: 400000, unit: 'vehicles', opened: 2012, status: 'opens 2012', source: 'wiki-alliance' },
      { plant: 'Renault–Nissan Alliance plant, Chennai', city: 'Chennai', country: 'India', brands: 'Renault, Nissan', capacity: 400000, unit: 'vehicles', opened: 2010, status: 'open', source: 'wiki-alliance' },
      { plant: 'Renault São José dos Pinhais plant', city: 'São José dos Pinhais', country: 'Brazil', brands: 'Renault', capacity: 380000, unit: 'vehicles', opened: null, status: 'brand not selected', source: 'wiki-alliance' },
    ]);
  });
  it('keeps every plant, in ranked order', () => {
    expect(plantsTable(SEED_PLANTS, ALL).rows.map((r) => r.city)).toEqual([
      'Tangier', 'Chennai', 'São José dos Pinhais', 'Togliatti', 'Resende, Rio de Janeiro', 'Decherd, Tennessee', 'Zama, Kanagawa',
    ]);
  });
});

describe('plants as of the cursor and between compared years', () => {
  it('counts plants open by the cursor, not the range end', () => {
    expect(plantsSummary(SEED_PLANTS, { yearRange: [2011, 2018], at: 2013, brands: BRANDS })).toMatch(/^6 plants open by 2013, .* 1 more not yet open: Resende \(2014\)\.$/);
  });

  it('marks the plants opened after the first compared year and by the second', () => {
    expect(SEED_PLANTS.filter((p) => isOpenedBetween(p, [2012, 2023])).map((p) => p.id)).toEqual(['resende']);
    expect(SEED_PLANTS.filter((p) => isOpenedBetween(p, [2011, 2014])).map((p) => p.id)).toEqual(['tangier', 'resende', 'togliatti']);
    expect(SEED_PLANTS.filter((p) => isOpenedBetween(p, null))).toEqual([]);
  });

  it('names them in the summary while comparing', () => {
    expect(plantsSummary(SEED_PLANTS, { yearRange: [1999, 2023], at: 2014, compare: [2011, 2014], brands: BRANDS })).toMatch(
      / Opened between 2011 and 2014 \(marked\): Tangier \(2012\), Togliatti \(2012\) and Resende \(2014\)\.$/,
    );
    expect(plantsSummary(SEED_PLANTS, { yearRange: [1999, 2023], compare: [2016, 2023], brands: BRANDS })).toMatch(/ Opened between 2016 and 2023: none\.$/);
  });
});
