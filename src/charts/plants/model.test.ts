import { geoPath } from 'd3-geo';
import {
  countryName,
  isOpenedBetween,
  allianceBrands,
  fillBrand,
  isPlantFaded,
  mapHeight,
  maxRadiusFor,
  plantAriaLabel,
  plantMarks,
  notCountedNotes,
  plantsSummary,
  radiusScale,
  rankedGroups,
  regionExtent,
  regionOutline,
  regionProjection,
  ringBrand,
  type PlantFilters,
} from './model';
import { DAIMLER_ONLY, SEED_PLANTS } from './seedPlants.fixture';
import { plantsTable } from './table';
import type { MapRegion } from '../../state/filters';
import { intlFor } from '../../i18n/intl';
import { dataset } from '../../test/renderWithProviders';
import { plantTenures } from '../../data/plantTenure';

const en = intlFor('en');

const BRANDS = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];
const ALL = { yearRange: [1999, 2023] as const, brands: BRANDS, allBrands: BRANDS };
const byId = (id: string) => {
  const plant = SEED_PLANTS.find((p) => p.id === id);
  if (!plant) throw new Error(id);
  return plant;
};
const tangier = byId('tangier');
const saoJose = byId('sao-jose-dos-pinhais');
const togliatti = byId('togliatti');
const decherd = byId('decherd');

function marksAt(region: MapRegion, width: number, filters: PlantFilters) {
  const height = mapHeight(region, width);
  return plantMarks(SEED_PLANTS, filters, regionProjection(region, width, height), { width, height }, radiusScale(SEED_PLANTS, 22), en);
}

describe('radiusScale', () => {
  it('gives the largest figure (Tangier’s planned 400,000, Chennai’s 400,000) the full radius', () => {
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
    expect(isPlantFaded(tangier, ['Nissan'], BRANDS)).toBe(false);
  });
  it('fades São José dos Pinhais (Renault only) when only Nissan is selected', () => {
    expect(isPlantFaded(saoJose, ['Nissan'], BRANDS)).toBe(true);
  });
  it('fades every Alliance plant when no brand is selected', () => {
    expect(isPlantFaded(tangier, [], BRANDS)).toBe(true);
  });
  it('never fades a plant with no Alliance brand', () => {
    expect(isPlantFaded(DAIMLER_ONLY, [], BRANDS)).toBe(false);
  });
});

describe('brand colours', () => {
  it('lists only Alliance brands, in the plant’s order', () => {
    expect(allianceBrands(byId('decherd'), BRANDS)).toEqual(['Nissan']);
  });
  it('fills Togliatti with its first brand, AvtoVAZ, when all are selected', () => {
    expect(fillBrand(togliatti, BRANDS, BRANDS)).toBe('AvtoVAZ');
  });
  it('fills Togliatti with Nissan when only Nissan is selected', () => {
    expect(fillBrand(togliatti, ['Nissan'], BRANDS)).toBe('Nissan');
  });
  it('has no fill brand for a partner-only plant', () => {
    expect(fillBrand(DAIMLER_ONLY, BRANDS, BRANDS)).toBe(null);
  });
  it('rings Tangier in Nissan, its second brand', () => {
    expect(ringBrand(tangier, BRANDS, BRANDS)).toBe('Nissan');
  });
  it('gives a one-brand plant no ring', () => {
    expect(ringBrand(byId('resende'), BRANDS, BRANDS)).toBe(null);
  });
});

describe('labels', () => {
  it('states the figure in effect with its basis, scope and date: Tangier’s initial line', () => {
    expect(plantAriaLabel(tangier, 2023, en)).toBe('Tangier, Morocco: 170,000 vehicles a year (planned, one production line, from 2012)');
  });
  it('says when the figure is not yet in effect', () => {
    expect(plantAriaLabel(tangier, 2011, en)).toBe('Tangier, Morocco: 170,000 vehicles a year (planned, one production line, from 2012), not yet in 2011');
  });
  it('gives Decherd no period: the source says 250,000 engines, not a year', () => {
    expect(plantAriaLabel(decherd, 2023, en)).toBe('Decherd, United States: 250,000 engines (planned, one engine family, from 2014, no period given)');
  });
});

describe('region extents', () => {
  it('makes the world map 344 px tall at 800 px', () => expect(mapHeight('world', 800)).toBe(344));
  it('makes Europe 491 px tall at 800 px', () => expect(mapHeight('europe', 800)).toBe(491));
  it('caps the Americas at 0.72 of the width', () => expect(mapHeight('americas', 800)).toBe(576));
  it('makes Asia 571 px tall at 800 px', () => expect(mapHeight('asia', 800)).toBe(571));
  // The extent is read from the projected edge points; d3's geoPath().bounds streams the same points through the
  // same projection: every region at widths from phones to wide screens agrees with it.
  it("projects each region's box as d3's geoPath bounds do, at every width", () => {
    for (const region of ['world', 'europe', 'asia', 'americas'] as const) {
      for (let width = 200; width <= 2400; width += 7) {
        const bounds = geoPath(regionProjection(region, width, width)).bounds(regionOutline(region));
        expect([region, width, regionExtent(region, width)]).toEqual([region, width, bounds]);
      }
    }
  });
  it('shows every plant on the world map', () => {
    expect(marksAt('world', 800, ALL).map((m) => m.id).sort()).toEqual(SEED_PLANTS.map((p) => p.id).sort());
  });
  it('shows Togliatti and Tangier in Europe', () => {
    expect(marksAt('europe', 800, ALL).map((m) => m.id)).toEqual(['togliatti', 'tangier']);
  });
  it('shows Chennai, Busan and Zama in Asia', () => {
    expect(marksAt('asia', 800, ALL).map((m) => m.id)).toEqual(['chennai', 'busan', 'zama']);
  });
  it('shows the Brazilian plants, Aguascalientes and Decherd in the Americas (Tangier sits at its east edge)', () => {
    expect(marksAt('americas', 800, ALL).map((m) => m.id)).toEqual(['sao-jose-dos-pinhais', 'aguascalientes', 'decherd', 'resende', 'tangier']);
  });
});

describe('plantMarks', () => {
  it('draws the largest figure in effect first, each with its basis', () => {
    expect(marksAt('world', 800, ALL).map((m) => [m.id, m.r, m.basis])).toEqual([
      ['chennai', 22, 'planned'], ['sao-jose-dos-pinhais', 21.4, 'planned'], ['togliatti', 20.6, 'stated'], ['aguascalientes', 19.1, 'planned'],
      ['decherd', 17.4, 'planned'], ['resende', 15.6, 'stated'], ['tangier', 14.3, 'planned'], ['busan', 9.8, 'stated'], ['zama', 8.9, 'stated'],
    ]);
  });
  it('draws Tangier at its planned initial 170,000 (r = 22·√(170/400) = 14.3), not at the undated 400,000', () => {
    const mark = marksAt('world', 800, ALL).find((m) => m.id === 'tangier');
    expect([mark?.r, mark?.basis, mark?.isNotYet]).toEqual([14.3, 'planned', false]);
  });
  it('draws faded plants first, under the rest', () => {
    expect(marksAt('world', 800, { yearRange: [1999, 2023], brands: ['Nissan'], allBrands: BRANDS }).map((m) => [m.id, m.isFaded])[0]).toEqual(['sao-jose-dos-pinhais', true]);
  });
  it('projects Tangier to (389.1, 91.3) on the 800 px world map', () => {
    const mark = marksAt('world', 800, ALL).find((m) => m.id === 'tangier');
    expect([mark?.x, mark?.y]).toEqual([389.1, 91.3]);
  });
  it('marks every plant whose opening or figure comes after 2011 as not yet: São José dos Pinhais from 2013, Busan from Sep 2014 too', () => {
    const notYet = marksAt('world', 800, { yearRange: [2011, 2011], brands: BRANDS, allBrands: BRANDS }).filter((m) => m.isNotYet).map((m) => m.id);
    expect(notYet).toEqual(['sao-jose-dos-pinhais', 'togliatti', 'aguascalientes', 'decherd', 'resende', 'tangier', 'busan']);
  });
  it('draws São José dos Pinhais as not yet in 2012 and in effect (planned) from 2013', () => {
    const at = (year: number) => marksAt('world', 800, { yearRange: [year, year], brands: BRANDS, allBrands: BRANDS }).find((m) => m.id === 'sao-jose-dos-pinhais');
    expect([at(2012)?.isNotYet, at(2013)?.isNotYet, at(2013)?.basis]).toEqual([true, false, 'planned']);
  });
});

describe('rankedGroups', () => {
  it('groups by unit, largest figure in effect first', () => {
    expect(rankedGroups(SEED_PLANTS, ALL).map((g) => [g.unit, g.rows.map((r) => r.capacity.amount)])).toEqual([
      ['vehicles', [400000, 380000, 350000, 300000, 200000, 170000, 80000]],
      ['engines', [250000]],
      ['batteries', [65000]],
    ]);
  });
  it('leaves out faded plants and empty units', () => {
    expect(rankedGroups(SEED_PLANTS, { yearRange: [1999, 2023], brands: ['Renault'], allBrands: BRANDS }).map((g) => [g.unit, g.rows.map((r) => r.plant.id)])).toEqual([
      ['vehicles', ['chennai', 'sao-jose-dos-pinhais', 'togliatti', 'tangier', 'busan']],
    ]);
  });
  it('is empty when no brand is selected', () => {
    expect(rankedGroups(SEED_PLANTS, { yearRange: [1999, 2023], brands: [], allBrands: BRANDS })).toEqual([]);
  });
});

describe('plantsSummary', () => {
  it('sums stated and planned figures apart, says what each total includes, and gives Decherd no period', () => {
    // Stated: Togliatti 350,000 + Resende 200,000 + Busan 80,000; planned: Chennai 400,000 + São José 380,000 + Aguascalientes 300,000 + Tangier 170,000.
    expect(plantsSummary(SEED_PLANTS, ALL, en)).toBe(
      '9 plants with a figure for 2023. Stated capacity: 630,000 vehicles a year (Togliatti: one production line; Busan: one model) and 65,000 batteries a year. '
        + 'Planned: 1,250,000 vehicles a year (Tangier: one production line) and 250,000 engines, no period given (Decherd: one engine family). '
        + 'Largest: Chennai, India (400,000 vehicles a year, planned).',
    );
  });
  it('lists the plants not yet in effect in a single year, by the year they come in', () => {
    expect(plantsSummary(SEED_PLANTS, { yearRange: [2011, 2011], brands: BRANDS, allBrands: BRANDS }, en)).toBe(
      '2 plants with a figure for 2011. Stated capacity: 65,000 batteries a year. Planned: 400,000 vehicles a year. Largest: Chennai, India (400,000 vehicles a year, planned). '
        + '7 more not yet in 2011: Tangier (2012), Togliatti (2012), São José dos Pinhais (2013), Resende (2014), Busan (2014), Decherd (2014) and Aguascalientes (2017).',
    );
  });
  it('says when none of the brand’s plants has a figure yet', () => {
    expect(plantsSummary(SEED_PLANTS, { yearRange: [1999, 2008], brands: ['AvtoVAZ'], allBrands: BRANDS }, en)).toBe('No plant figure applies by 2008; 1 from later years: Togliatti (2012).');
  });
  it('says when no brand is selected', () => {
    expect(plantsSummary(SEED_PLANTS, { yearRange: [1999, 2023], brands: [], allBrands: BRANDS }, en)).toBe('No plant belongs to the selected brands.');
  });
  it('counts a partner-only plant with no brand selected', () => {
    expect(plantsSummary([DAIMLER_ONLY], { yearRange: [1999, 2023], brands: [], allBrands: BRANDS }, en)).toBe(
      '1 plant with a figure for 2023. Stated capacity: 100,000 engines a year. Largest: Kölleda, Germany (100,000 engines a year, stated).',
    );
  });
});

describe('plantsTable', () => {
  it('writes each figure with its period, basis, scope and date, and the status in the end year', () => {
    expect(plantsTable(SEED_PLANTS, { yearRange: [1999, 2011], brands: ['Nissan'], allBrands: BRANDS }, en).rows.slice(0, 3)).toEqual([
      {
        plant: 'Renault–Nissan Alliance plant, Chennai', city: 'Chennai', country: 'India', brands: 'Renault, Nissan', capacity: 400000, unit: 'vehicles',
        period: 'year', basis: 'planned', covers: 'whole plant', from: 'not given', others: null, opened: 2010, openedBasis: 'stated', status: 'in effect', source: 'wiki-alliance',
      },
      {
        plant: 'Renault São José dos Pinhais plant', city: 'São José dos Pinhais', country: 'Brazil', brands: 'Renault', capacity: 380000, unit: 'vehicles',
        period: 'year', basis: 'planned', covers: 'whole plant', from: '2013', others: null, opened: null, openedBasis: null, status: 'brand not selected', source: 'wiki-alliance',
      },
      {
        plant: 'AvtoVAZ Togliatti plant', city: 'Togliatti', country: 'Russia', brands: 'AvtoVAZ, Renault, Nissan', capacity: 350000, unit: 'vehicles',
        period: 'year', basis: 'stated', covers: 'one production line', from: 'not given', others: null, opened: 2012, openedBasis: 'stated', status: 'from 2012', source: 'wiki-alliance',
      },
    ]);
  });
  it('gives Tangier’s undated 400,000 as its other figure and Decherd no period', () => {
    const rows = plantsTable(SEED_PLANTS, ALL, en).rows;
    const row = (city: string) => rows.find((r) => r.city === city);
    expect([row('Tangier')?.others, row('Tangier')?.openedBasis, row('Decherd, Tennessee')?.period]).toEqual([
      '400,000 vehicles a year (planned, no date given)', 'planned', 'not given',
    ]);
  });
  it('keeps every plant, in ranked order', () => {
    expect(plantsTable(SEED_PLANTS, ALL, en).rows.map((r) => r.city)).toEqual([
      'Chennai', 'São José dos Pinhais', 'Togliatti', 'Aguascalientes', 'Resende, Rio de Janeiro', 'Tangier', 'Busan', 'Decherd, Tennessee', 'Zama, Kanagawa',
    ]);
  });
});

describe('plants as of the cursor and between compared years', () => {
  it('counts plants open by the cursor, not the range end', () => {
    expect(plantsSummary(SEED_PLANTS, { yearRange: [2011, 2018], at: 2013, brands: BRANDS, allBrands: BRANDS }, en)).toMatch(
      /^5 plants with a figure for 2013\. .* 4 more not yet in 2013: Resende \(2014\), Busan \(2014\), Decherd \(2014\) and Aguascalientes \(2017\)\.$/,
    );
  });

  it('marks the plants opened after the first compared year and by the second', () => {
    expect(SEED_PLANTS.filter((p) => isOpenedBetween(p, [2012, 2023])).map((p) => p.id)).toEqual(['resende', 'aguascalientes']);
    expect(SEED_PLANTS.filter((p) => isOpenedBetween(p, [2011, 2014])).map((p) => p.id)).toEqual(['tangier', 'resende', 'togliatti']);
    expect(SEED_PLANTS.filter((p) => isOpenedBetween(p, [2016, 2017])).map((p) => p.id)).toEqual(['aguascalientes']);
    expect(SEED_PLANTS.filter((p) => isOpenedBetween(p, null))).toEqual([]);
  });

  it('names them in the summary while comparing', () => {
    expect(plantsSummary(SEED_PLANTS, { yearRange: [1999, 2023], at: 2014, compare: [2011, 2014], brands: BRANDS, allBrands: BRANDS }, en)).toMatch(
      / Opened between 2011 and 2014 \(dashed ring\): Togliatti \(2012\), Resende \(2014\) and Tangier \(2012, planned\)\.$/,
    );
    expect(plantsSummary(SEED_PLANTS, { yearRange: [1999, 2023], compare: [2016, 2023], brands: BRANDS, allBrands: BRANDS }, en)).toMatch(/ Opened between 2016 and 2023 \(dashed ring\): Aguascalientes \(2017, planned\)\.$/);
    expect(plantsSummary(SEED_PLANTS, { yearRange: [1999, 2023], compare: [2018, 2023], brands: BRANDS, allBrands: BRANDS }, en)).toMatch(/ Opened between 2018 and 2023: none\.$/);
  });
});

describe('plantsSummary in French and Japanese', () => {
  const [fr, ja] = [intlFor('fr'), intlFor('ja')];
  const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
  const states = [ALL, { yearRange: [2011, 2011] as const, brands: BRANDS, allBrands: BRANDS }, { yearRange: [1999, 2008] as const, brands: ['AvtoVAZ' as const], allBrands: BRANDS }];

  it('writes three filter states in French: « capacité de production », figures grouped as French groups them', () => {
    expect(states.map((filters) => plain(plantsSummary(SEED_PLANTS, filters, fr)))).toEqual([
      '9 usines ont un chiffre pour 2023. Capacité déclarée : 630 000 véhicules par an (Togliatti : une ligne de production ; Busan : un modèle) et 65 000 batteries par an. '
        + 'Capacité prévue : 1 250 000 véhicules par an (Tangier : une ligne de production) et 250 000 moteurs, sans période précisée (Decherd : une famille de moteurs). '
        + 'La plus grande : Chennai, India (400 000 véhicules par an, prévue).',
      '2 usines ont un chiffre pour 2011. Capacité déclarée : 65 000 batteries par an. Capacité prévue : 400 000 véhicules par an. La plus grande : Chennai, India (400 000 véhicules par an, prévue). '
        + '7 autres pas encore en vigueur en 2011 : Tangier (2012), Togliatti (2012), São José dos Pinhais (2013), Resende (2014), Busan (2014), Decherd (2014) et Aguascalientes (2017).',
      'Aucun chiffre d’usine ne s’applique en 2008 ; 1 pour des années ultérieures : Togliatti (2012).',
    ]);
  });

  it('writes three filter states in Japanese, with 年間 and the counters 台・基・個', () => {
    expect(states.map((filters) => plantsSummary(SEED_PLANTS, filters, ja))).toEqual([
      '2023年の数値がある工場は9か所。公表された生産能力：年間63万台（Togliatti：1本の生産ライン、Busan：1車種）、年間6万5,000個。'
        + '計画：年間125万台（Tangier：1本の生産ライン）、25万基（期間の記載なし）（Decherd：1つのエンジン系列）。'
        + '最大：Chennai（India）（年間40万台、計画）。',
      '2011年の数値がある工場は2か所。公表された生産能力：年間6万5,000個。計画：年間40万台。最大：Chennai（India）（年間40万台、計画）。'
        + 'ほかに2011年時点で未稼働が7か所：Tangier（2012年）、Togliatti（2012年）、São José dos Pinhais（2013年）、Resende（2014年）、Busan（2014年）、Decherd（2014年）、Aguascalientes（2017年）。',
      '2008年に適用される工場の数値はありません。後の年の数値が1件：Togliatti（2012年）。',
    ]);
  });

  it('words the table cells in Japanese; names stay as the dataset gives them', () => {
    const [row] = plantsTable(SEED_PLANTS, ALL, ja).rows;
    expect(row).toMatchObject({ city: 'Chennai', unit: '車両', period: '年', basis: '計画', covers: '工場全体', status: '稼働中' });
  });
});

describe('countryName', () => {
  it('names each plant’s country in the reader’s language from its code, and as the dataset writes it in English', () => {
    expect(dataset.plants.map((p) => countryName(p, intlFor('en')))).toEqual(dataset.plants.map((p) => p.country));
    const tangier = dataset.plants.find((p) => p.country === 'Morocco')!;
    expect([countryName(tangier, intlFor('fr')), countryName(tangier, intlFor('ja'))]).toEqual(['Maroc', 'モロッコ']);
  });

  it('keeps the dataset’s name where the plant has no code', () => {
    expect(countryName({ country: 'Ruritania' }, intlFor('fr'))).toBe('Ruritania');
  });
});

describe('plants the Alliance holds no stake in the operator of', () => {
  const tenures = plantTenures(dataset.plants, dataset.companies, dataset.ownership);
  const at = (year: number, brands: readonly string[] = BRANDS): PlantFilters => ({ ...ALL, brands, at: year, tenures });
  const rowIds = (filters: PlantFilters) => rankedGroups(dataset.plants, filters).flatMap((g) => g.rows.map((r) => r.plant.id));
  // The dataset here is not localised: names as the English file gives them (the page shows them translated).
  const [fr, ja] = [intlFor('fr'), intlFor('ja')];

  it('leave the rows from the year their operator’s stakes end, and only then', () => {
    expect([2020, 2021, 2022].map((year) => ['togliatti', 'aguascalientes'].filter((id) => rowIds(at(year)).includes(id)))).toEqual([
      ['togliatti', 'aguascalientes'],
      ['togliatti'],
      [],
    ]);
    expect(rowIds({ ...at(2023), tenures: undefined })).toContain('togliatti');
  });

  it('are named in a note of the year, in each language, unless their brands are not selected', () => {
    expect(notCountedNotes(dataset.plants, at(2021), en)).toEqual(['Not counted in 2021, as the Alliance held no stake in the company that runs it: Aguascalientes (Mexico JV, stake ended 2021, year inferred).']);
    expect(notCountedNotes(dataset.plants, at(2023), fr)).toEqual([
      'Usines non comptées en 2023, l’Alliance ne détenant aucune participation dans les sociétés qui les exploitent\u202f: Togliatti (AvtoVAZ, participation terminée en 2022, année déduite) et Aguascalientes (Mexico JV, participation terminée en 2021, année déduite).',
    ]);
    expect(notCountedNotes(dataset.plants, at(2023), ja)).toEqual([
      '運営会社にアライアンスが出資していないため、2023年の集計から外した工場が2か所あります：Togliatti（AvtoVAZ、2022年に出資終了、年は推定）、Aguascalientes（Mexico JV、2021年に出資終了、年は推定）。',
    ]);
    // Renault alone: Togliatti (AvtoVAZ, Renault, Nissan) is Renault's too; Aguascalientes (Nissan, Daimler) is not.
    expect(notCountedNotes(dataset.plants, at(2023, ['Renault']), en)).toEqual(['Not counted in 2023, as the Alliance held no stake in the company that runs it: Togliatti (AvtoVAZ, stake ended 2022, year inferred).']);
    // Before the stakes in their operators (Togliatti's from 2008), plants count as their opening says.
    expect(notCountedNotes(dataset.plants, at(1999), en)).toEqual([]);
    expect(notCountedNotes(dataset.plants, at(2020), en)).toEqual([]);
  });

  it('still count as opened between two compared years when the later year no longer counts them, saying they have no ring', () => {
    expect(plantsSummary(dataset.plants, { ...at(2023), compare: [2016, 2023] }, en)).toContain('Opened between 2016 and 2023: Aguascalientes (2017, planned; not counted in 2023).');
    // One drawn and one not: the ring is named, and the one without a ring says why.
    expect(plantsSummary(dataset.plants, { ...at(2023), compare: [2012, 2023] }, en)).toMatch(/ Opened between 2012 and 2023 \(dashed ring\): .*Aguascalientes \(2017, planned; not counted in 2023\)/);
    // Drawn in the later year, a plant opened between has its ring, and the sentence points at it.
    expect(plantsSummary(dataset.plants, { ...at(2019), compare: [2016, 2019] }, en)).toContain('Opened between 2016 and 2019 (dashed ring): Aguascalientes (2017, planned).');
    const [fr, ja] = [intlFor('fr'), intlFor('ja')];
    expect(plantsSummary(dataset.plants, { ...at(2023), compare: [2016, 2023] }, fr).replace(/\u202f/g, ' ')).toContain('Ouvertes entre 2016 et 2023 : Aguascalientes (2017, prévue ; non comptée en 2023).');
    expect(plantsSummary(dataset.plants, { ...at(2023), compare: [2016, 2023] }, ja)).toContain('2016年から2023年の間に稼働：Aguascalientes（2017年、計画、2023年は集計外）。');
  });
});
