import { textWidth } from '../../components/textWidth';
import { MAX_LABEL_WIDTH, plantMarks, regionProjection } from './model';
import { SEED_PLANTS } from './seedPlants.fixture';
import { plantsTable } from './table';
import { intlFor } from '../../i18n/intl';
import { datasetIn } from '../../test/renderWithProviders';

const en = intlFor('en');

const LONG_CITY = `Tangier ${'Free Zone '.repeat(60)}`.slice(0, 500);
const BRANDS = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];
const filters = { yearRange: [1999, 2023] as const, brands: BRANDS, allBrands: BRANDS };
const size = { width: 800, height: 400 };

describe('a plant in a city with a 500-character name', () => {
  const plants = SEED_PLANTS.map((p) => (p.id === 'tangier' ? { ...p, city: LONG_CITY, name: `${LONG_CITY} plant` } : p));
  const marks = plantMarks(plants, filters, regionProjection('world', size.width, size.height), size, () => 10, en);
  const tangier = marks.find((m) => m.id === 'tangier')!;

  it('is labelled on the map with its start and an ellipsis, no wider than a label may be', () => {
    // 200 px at 12 px bold: one more letter before the "…" would not fit.
    expect(tangier.label).toBe('Tangier Free Zone Free Zon…');
    expect(textWidth('Tangier Free Zone Free Zone…', 12, true)).toBeGreaterThan(MAX_LABEL_WIDTH);
    expect(textWidth(tangier.label, 12, true)).toBeLessThanOrEqual(MAX_LABEL_WIDTH);
  });

  it('leaves the longest real city name whole, in Japanese too (it was cut to サン・ジョゼ・ドス・ピ…)', () => {
    expect(marks.find((m) => m.id === 'sao-jose-dos-pinhais')?.label).toBe('São José dos Pinhais');
    const ja = intlFor('ja');
    const jaMarks = plantMarks(datasetIn('ja').plants, filters, regionProjection('world', size.width, size.height), size, () => 10, ja);
    expect(jaMarks.find((m) => m.id === 'sao-jose-dos-pinhais')?.label).toBe('サン・ジョゼ・ドス・ピニャイス');
  });

  it('keeps the whole name in its accessible name and its table row', () => {
    expect(tangier.ariaLabel.startsWith(`${LONG_CITY}, Morocco:`)).toBe(true);
    expect(plantsTable(plants, filters, en).rows.some((row) => Object.values(row).includes(`${LONG_CITY} plant`))).toBe(true);
  });
});
