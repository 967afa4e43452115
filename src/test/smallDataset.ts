import realDataset from '../../public/data/alliance.json';
import { brandColours } from '../data/catalogue';
import { indexById } from '../data/indexById';
import { Dataset } from '../data/schema';
import type { Theme } from '../theme/tokens';

const STAKES = new Set(['renault>nissan', 'nissan>renault', 'nissan>mitsubishi', 'french-state>renault']);
const COMPANIES = new Set(['renault', 'nissan', 'mitsubishi', 'french-state']);
const PLANTS = new Set(['tangier', 'zama', 'decherd']);

/**
 * A small slice of the real dataset, for tests that count what a chart draws: sales in 2016 (four brands) and
 * 2017 (AvtoVAZ has no figure), the Nissan Leaf's eight milestones and its launch, four stakes between four
 * companies (all held in 2017), and three plants, one of each unit (vehicles, batteries, engines).
 */
export const smallDataset = Dataset.parse({
  ...realDataset,
  sales: realDataset.sales.filter((row) => row.year === 2016 || row.year === 2017),
  salesTotals: realDataset.salesTotals.filter((row) => row.year === 2016 || row.year === 2017),
  targets: [],
  evSeries: realDataset.evSeries.filter((series) => series.id === 'leaf'),
  evMilestones: realDataset.evMilestones.filter((milestone) => milestone.series === 'leaf'),
  evLaunches: realDataset.evLaunches.filter((launch) => launch.model === 'Nissan Leaf'),
  events: [],
  companies: realDataset.companies.filter((company) => COMPANIES.has(company.id)),
  ownership: realDataset.ownership.filter((stake) => STAKES.has(`${stake.holder}>${stake.held}`)),
  // Zama's operator (AESC) is not among the four companies: run by a member here, as the slice has no stake in AESC.
  plants: realDataset.plants.filter((plant) => PLANTS.has(plant.id)).map(({ operator: _operator, ...plant }) => plant),
});

/** A theme with the small dataset's brand colours, as the page gives them. */
export const smallDatasetTheme = (theme: Theme): Theme => ({ ...theme, brand: brandColours(smallDataset.brands, theme.name) });

/** Sources with these titles by id, indexed as the app indexes the dataset's (`indexById`). */
export const sourcesNamed = (titles: Record<string, string>) =>
  indexById(Object.entries(titles).map(([id, title]) => ({ ...smallDataset.sources[0]!, id, title })));
