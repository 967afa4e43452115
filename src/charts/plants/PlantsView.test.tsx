import { fireEvent, screen, within } from '@testing-library/react';
import topology from 'world-atlas/countries-110m.json';
import { useFilters } from '../../state/filters';
import { useSourcePanel } from '../../state/sourcePanel';
import { choose, dataset, renderWithProviders } from '../../test/renderWithProviders';
import { registeredChartImages } from '../../export/registry';
import { PlantsView } from './PlantsView';
import { lightTheme } from '../../theme/tokens';
import { brandColours } from '../../data/catalogue';
import { countriesFromTopology } from './useWorldAtlas';

const atlas = vi.hoisted(() => ({ state: { data: undefined as unknown, isError: false, isPending: true } }));
vi.mock('./useWorldAtlas', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./useWorldAtlas')>()),
  useWorldAtlas: () => atlas.state,
}));

const countries = countriesFromTopology(topology as unknown as Parameters<typeof countriesFromTopology>[0]);
const figure = () => document.querySelector('figure[data-chart="plants"]') as HTMLElement;
const mark = (id: string) => figure().querySelector(`[data-plant="${id}"]`) as SVGElement;
const svg = () => figure().querySelector('svg.plants-svg') as SVGSVGElement;

beforeEach(() => {
  atlas.state = { data: countries, isError: false, isPending: false };
});

const drawnPlants = () => [...figure().querySelectorAll<SVGElement>('[data-plant]')].map((el) => el.dataset.plant).sort();
const ALL_PLANTS = dataset.plants.map((p) => p.id).sort();

it('draws one symbol per plant on the world map, of the plants still the Alliance’s in the year shown', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  // 2023: the Alliance's stakes in AvtoVAZ (Togliatti) end in 2022 and in the Mexico joint venture (Aguascalientes) in 2021, both inferred.
  expect(drawnPlants()).toEqual(ALL_PLANTS.filter((id) => id !== 'togliatti' && id !== 'aguascalientes'));
  await choose(() => useFilters.getState().setAt(2021));
  expect(drawnPlants()).toEqual(ALL_PLANTS.filter((id) => id !== 'aguascalientes'));
  await choose(() => useFilters.getState().setAt(2020));
  expect(drawnPlants()).toEqual(ALL_PLANTS);
});

it('names under its image the year it draws (2023 by default), not the filter’s span; while comparing, the two years alone', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  const filterLine = () => registeredChartImages(['plants'])[0]?.parts.filterLine;
  expect(filterLine()).toBe('Year 2023 · Brands: all brands');
  await choose(() => useFilters.getState().setAt(2016));
  await choose(() => useFilters.getState().setCompare(2019));
  expect(filterLine()).toBe('Brands: all brands · 2016 compared with 2019');
});

it('draws the later of two compared years, as the ownership diagram does, whichever of them the cursor is on', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  await choose(() => useFilters.getState().setAt(2016));
  const in2016 = drawnPlants();
  await choose(() => useFilters.getState().setCompare(2019));
  // 2016 → 2019: Aguascalientes (2017) is drawn, ringed, and no plant is dashed as "not yet".
  expect([in2016.includes('aguascalientes'), drawnPlants().includes('aguascalientes'), mark('aguascalientes').closest('[data-new]')?.getAttribute('data-new')]).toEqual([true, true, 'true']);
  expect(figure().querySelector('.card-summary')?.textContent).toMatch(/^\d+ plants with a figure for 2019\./);
  expect(within(figure()).getByText(/^Each plant shows the figure that applies in/)).toHaveTextContent(/^Each plant shows the figure that applies in 2019,/);
  // The cursor on the later year, compared with the earlier: the same drawing.
  await choose(() => useFilters.setState({ at: 2019, vs: 2016 }));
  expect([mark('aguascalientes').closest('[data-new]')?.getAttribute('data-new'), figure().querySelector('.card-summary')?.textContent?.match(/^\d+ plants with a figure for (\d{4})/)?.[1]]).toEqual(['true', '2019']);
});

// The map shows one year: its card (and every export of it, which carries the subtitle) says which.
it('names the year it draws in its subtitle, and both years when comparing', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  const subtitle = () => figure().querySelector('.card-subtitle')?.textContent;
  expect(subtitle()).toMatch(/^Production capacity of Alliance plants as of 2023, as the sources give it/);
  await choose(() => useFilters.getState().setAt(2016));
  expect(subtitle()).toMatch(/^Production capacity of Alliance plants as of 2016,/);
  await choose(() => useFilters.getState().setCompare(2013));
  expect(subtitle()).toMatch(/^Production capacity of Alliance plants in 2016, compared with 2013,/);
});

it('says which plants the year leaves out, and why, in a footnote (which exports carry)', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  const note = /^Not counted in \d{4}, as the Alliance held no stake in/;
  expect(within(figure()).getByText(note)).toHaveTextContent(
    'Not counted in 2023, as the Alliance held no stake in the companies that run them: Togliatti (AvtoVAZ, stake ended 2022, year inferred) and Aguascalientes (Mexico JV, stake ended 2021, year inferred).',
  );
  await choose(() => useFilters.getState().setAt(2020));
  expect(within(figure()).queryByText(note)).toBeNull();
});

it('says why the card is empty when every plant of the selected brands has left, not that they have none', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  await choose(() => useFilters.setState({ brands: ['AvtoVAZ'] }));
  expect(within(figure()).getByText(/^Not counted in 2023/)).toHaveTextContent(
    'Not counted in 2023, as the Alliance held no stake in the company that runs it: Togliatti (AvtoVAZ, stake ended 2022, year inferred).',
  );
  expect(within(figure()).queryByText(/No plant belongs/)).toBeNull();
});

it('puts a touch target at least 24 px across under every active plant, small symbols included', () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  const hits = new Map([...figure().querySelectorAll('[data-plant-hit]')].map((c) => [c.getAttribute('data-plant-hit'), Number(c.getAttribute('r'))]));
  const active = [...figure().querySelectorAll('[data-plant][role="button"]')];
  expect([...hits.keys()].sort()).toEqual(active.map((m) => m.getAttribute('data-plant')).sort());
  expect(Math.min(...hits.values())).toBeGreaterThanOrEqual(12);
  // Zama's symbol is smaller than a finger: its target is the 24 px minimum, not its radius.
  expect([Number(mark('zama').getAttribute('r')) < 12, hits.get('zama')]).toEqual([true, 12]);
});

it('zooms with the + button and the + key, keeps symbols at their size, and Reset view gives the plain map back', () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  const view = () => svg().querySelector('.plants-zoom') as SVGGElement;
  const reset = screen.getByRole('button', { name: 'Reset view' });
  expect([view().style.transform, reset.hasAttribute('disabled')]).toEqual(['', true]);
  fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
  fireEvent.keyDown(mark('tangier'), { key: '+' });
  expect(view().getAttribute('data-view')?.split(' ')[0]).toBe('2.25');
  expect(view().style.transform).toMatch(/scale\(2\.25\)$/);
  // Drawn at 1 / 2.25 about its own centre, so it stays the same size on screen.
  expect(mark('tangier').style.transform).toMatch(/scale\(0\.444/);
  fireEvent.click(reset);
  expect([view().getAttribute('data-view'), view().style.transform, mark('tangier').style.transform]).toEqual(['1 0 0', '', '']);
});

it('draws the country outlines once the atlas has loaded', () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  expect(figure().querySelectorAll('.plants-countries path')).toHaveLength(countries.length);
});

it('draws the plants without outlines, and says so, when the atlas fails', () => {
  atlas.state = { data: undefined, isError: true, isPending: false };
  renderWithProviders(<PlantsView dataset={dataset} />);
  expect(screen.getByRole('status')).toHaveTextContent('Country outlines could not load');
  expect(drawnPlants()).toEqual(ALL_PLANTS.filter((id) => id !== 'togliatti' && id !== 'aguascalientes'));
});

it('says the outlines failed in the page language', () => {
  atlas.state = { data: undefined, isError: true, isPending: false };
  renderWithProviders(<PlantsView dataset={dataset} />, dataset, 'ja');
  expect(screen.getByRole('status')).toHaveTextContent('国境線を読み込めませんでした。');
});

it('with brand = Nissan, does not draw the Renault-only plants as active', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  await choose(() => useFilters.setState({ brands: ['Nissan'] }));
  const renaultOnly = dataset.plants.filter((p) => p.brands.every((b) => b === 'Renault')).map((p) => p.id);
  expect(renaultOnly).toEqual(['sao-jose-dos-pinhais']);
  const saoJose = mark('sao-jose-dos-pinhais');
  expect([saoJose.dataset.status, saoJose.getAttribute('aria-hidden'), saoJose.getAttribute('tabindex')]).toEqual(['faded', 'true', null]);
});

it('with brand = Nissan, keeps the shared Renault–Nissan plant in Tangier active', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  await choose(() => useFilters.setState({ brands: ['Nissan'] }));
  expect([mark('tangier').dataset.status, mark('tangier').getAttribute('role'), mark('tangier').getAttribute('aria-hidden')]).toEqual(['planned', 'button', null]);
});

it('draws a plant not yet open in the end year dashed, as not yet', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  await choose(() => useFilters.setState({ yearRange: [2005, 2011] }));
  expect([mark('tangier').dataset.status, mark('tangier').getAttribute('stroke-dasharray')]).toEqual(['not-yet', '3 2']);
});

it('draws a planned capacity outlined, with a see-through fill, a solid outline, a stated one solid', () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  const paint = (id: string) => [mark(id).dataset.status, mark(id).getAttribute('fill-opacity'), mark(id).getAttribute('stroke-dasharray')];
  expect([paint('chennai'), paint('resende')]).toEqual([['planned', '0.3', null], ['stated', '1', null]]);
});

// The symbol's own outline says what its figure is (planned: solid, in its colour); a second brand is a ring of its
// own outside it, not the outline recoloured: Chennai (Renault, planned, shared with Nissan) keeps both.
it('rings a shared plant in its second brand outside the symbol, keeping the symbol\'s own planned outline', () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  const ring = (id: string) => figure().querySelector(`[data-plant-ring="${id}"]`);
  expect([mark('chennai').getAttribute('stroke'), ring('chennai')?.getAttribute('stroke'), ring('chennai')?.getAttribute('fill')]).toEqual([
    brandColours(dataset.brands, 'light').get('Renault'), brandColours(dataset.brands, 'light').get('Nissan'), 'none',
  ]);
  // 3.75 px out (layout.test.ts holds the geometry), passing hover and taps through to the symbol.
  expect([Number(ring('chennai')?.getAttribute('r')) - Number(mark('chennai').getAttribute('r')), ring('chennai')?.getAttribute('pointer-events')]).toEqual([3.75, 'none']);
  // A plant of one brand has no ring; its stated figure keeps the surface-coloured edge that parts it from the map.
  expect([ring('resende'), mark('resende').getAttribute('stroke')]).toEqual([null, lightTheme.surface]);
});

it('has a key entry for planned capacity', () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  expect(within(figure().querySelector('.plants-key') as HTMLElement).getByText('outlined: planned capacity')).toBeInTheDocument();
});

it('labels each symbol with place, the figure in effect, its basis, scope and date', () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  expect(screen.getByRole('button', { name: 'Tangier, Morocco: 170,000 vehicles a year (planned, one production line, from 2012)' })).toBe(mark('tangier'));
});

it('gives Decherd’s tooltip no period: “250,000 engines”, never “a year”', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  fireEvent.focus(mark('decherd'));
  // The tooltip's code comes at the first hover or focus (loadPlantTooltip): the tooltip follows it.
  const tooltip = await screen.findByRole('tooltip');
  expect(tooltip).toHaveTextContent('250,000 engines (planned, one engine family, from 2014, no period given)');
  expect(tooltip.textContent).not.toMatch(/a year|annual/);
});

it('shows Tangier’s later, undated 400,000 in its tooltip and says its opening was a plan', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  fireEvent.focus(mark('tangier'));
  const tooltip = await screen.findByRole('tooltip');
  expect(tooltip).toHaveTextContent('400,000 vehicles a year (planned, no date given)');
  // "Opening: 2012 (planned)", not "Opening: to open 2012 (planned)".
  expect(within(tooltip).getByText('Opening').nextElementSibling).toHaveTextContent(/^2012 \(planned\)$/);
});

it('shows the tooltip on keyboard focus, ending with the source', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  fireEvent.focus(mark('tangier'));
  const tooltip = await screen.findByRole('tooltip');
  expect(within(tooltip).getByText('Source: Renault–Nissan–Mitsubishi Alliance', { exact: false })).toBeInTheDocument();
  expect(tooltip).toHaveTextContent('170,000 vehicles a year');
});

it('highlights the plant’s brand while it is focused, and every Alliance brand of a shared plant', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  await choose(() => useFilters.getState().setAt(2020));
  fireEvent.focus(mark('resende'));
  expect(useFilters.getState().highlighted).toEqual(['Nissan']);
  // Togliatti builds for AvtoVAZ, Renault and Nissan: all three stand out in every view, not only AvtoVAZ.
  fireEvent.focus(mark('togliatti'));
  expect(useFilters.getState().highlighted).toEqual(['AvtoVAZ', 'Renault', 'Nissan']);
});

it('dims plants of other brands when a brand is highlighted', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  await choose(() => useFilters.getState().setAt(2020));
  await choose(() => useFilters.setState({ highlighted: ['AvtoVAZ'] }));
  expect([mark('resende').getAttribute('opacity'), mark('togliatti').getAttribute('opacity')]).toEqual(['0.25', '1']);
  // A ring dims with its symbol: Chennai (Renault, ringed Nissan) with it, Togliatti's ring (AvtoVAZ, ringed Renault) not.
  const ring = (id: string) => figure().querySelector(`[data-plant-ring="${id}"]`);
  expect([ring('chennai')?.getAttribute('opacity'), ring('togliatti')?.getAttribute('opacity')]).toEqual(['0.25', '1']);
});

it('opens the source panel at the plant’s record on Enter', () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  fireEvent.keyDown(mark('chennai'), { key: 'Enter' });
  expect(useSourcePanel.getState().open).toEqual({
    sourceId: 'wiki-alliance',
    record: { key: 'plants', index: dataset.plants.findIndex((p) => p.id === 'chennai') },
  });
});

it('zooms to Europe with the Region buttons: a new viewBox and only European plants', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  const worldViewBox = svg().getAttribute('viewBox');
  await choose(() => fireEvent.click(within(screen.getByRole('group', { name: 'Region' })).getByRole('button', { name: 'Europe' })));
  expect(useFilters.getState().mapRegion).toBe('europe');
  expect(svg().getAttribute('viewBox')).not.toBe(worldViewBox);
  // Togliatti, in Europe too, is no longer the Alliance's in 2023.
  expect([...figure().querySelectorAll<SVGElement>('[data-plant]')].map((el) => el.dataset.plant)).toEqual(['tangier']);
  expect(within(figure()).getByText('The map is zoomed to Europe; the list and totals still cover every region.')).toBeVisible();
});

it('names the plants’ countries in the page’s language (Inde, Maroc on the French page); cities as the dataset writes them', () => {
  renderWithProviders(<PlantsView dataset={dataset} />, dataset, 'fr');
  const list = screen.getByRole('region', { name: 'Usines classées par capacité' });
  expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(/^Chennai Inde/);
  expect(list).toHaveTextContent('Maroc');
});

it('lists the plants ranked by capacity', () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  const list = screen.getByRole('region', { name: 'Plants ranked by capacity' });
  expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Chennai India · planned400,000');
  expect(within(list).getByText('Engines')).toBeInTheDocument();
});

// A grown dataset's 300 plants made the card a list thousands of pixels long.
it('lists the ten largest plants of each kind until the reader asks for all', async () => {
  const tangier = dataset.plants.find((p) => p.id === 'tangier')!;
  const more = Array.from({ length: 15 }, (_, i) => ({ ...tangier, id: `extra-${i}`, city: `Extra ${i}`, capacities: [{ ...tangier.capacities[0]!, amount: 1000 + i }] }));
  renderWithProviders(<PlantsView dataset={{ ...dataset, plants: [...dataset.plants, ...more] }} />);
  const list = screen.getByRole('region', { name: 'Plants ranked by capacity' });
  const vehicles = () => within(within(list).getByRole('heading', { name: /^Vehicles/ }).closest('section')!).getAllByRole('listitem');
  const rows = vehicles().length;
  const button = within(list).getByRole('button', { name: /^Show all \d+ plants$/ });
  const count = Number(button.textContent!.match(/\d+/)![0]);
  await choose(() => fireEvent.click(button));
  expect([rows, vehicles().length > 10, within(list).getAllByRole('listitem').length, within(list).queryByRole('button', { name: /^Show all/ })]).toEqual([10, true, count, null]);
});

// 5,000 capacity targets (within the file's limits) made a list of 58,000 elements: 12 s a year change in Japanese.
it('lists the first six capacity targets until the reader asks for all', async () => {
  const first = dataset.targets.find((t) => t.measure === 'capacity')!;
  const more = Array.from({ length: 8 }, (_, i) => ({ ...first, label: `Extra target ${i}`, amount: first.amount + i }));
  renderWithProviders(<PlantsView dataset={{ ...dataset, targets: [...dataset.targets, ...more] }} />);
  const section = screen.getByRole('region', { name: 'Capacity targets against stated capacity' });
  const shown = section.querySelectorAll(':scope > ul > li').length;
  const button = within(section).getByRole('button', { name: /^Show all \d+ targets$/ });
  const count = Number(button.textContent!.match(/\d+/)![0]);
  await choose(() => fireEvent.click(button));
  expect([shown, section.querySelectorAll(':scope > ul > li').length, count > 6]).toEqual([6, count, true]);
});

it('shows a sentence instead of the map when no brand is selected', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  await choose(() => useFilters.setState({ brands: [] }));
  expect(figure().querySelector('.empty-state')).toHaveTextContent('No plant belongs to the selected brands.');
});

it('reads in Japanese: title, region buttons, zoom controls, ranked list and key', () => {
  renderWithProviders(<PlantsView dataset={dataset} />, dataset, 'ja');
  const card = within(figure());
  expect(card.getByRole('heading', { name: '工場の生産能力' })).toBeInTheDocument();
  expect(within(card.getByRole('group', { name: '地域' })).getByRole('button', { name: 'ヨーロッパ' })).toBeInTheDocument();
  expect(card.getByRole('button', { name: '拡大' })).toBeInTheDocument();
  expect(card.getByRole('heading', { name: '車両（年間）' })).toBeInTheDocument();
  expect(card.getByText('生産能力', { selector: 'text' })).toBeInTheDocument();
});

it('reads in French: summary, footnotes and the tooltip', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />, dataset, 'fr');
  const card = within(figure());
  expect(card.getByText(/^\d+ usines ont un chiffre pour 2023\./)).toBeInTheDocument();
  expect(card.getByText(/^La surface des symboles est proportionnelle à la capacité/)).toBeInTheDocument();
  fireEvent.focus(mark('chennai'));
  expect(within(await card.findByRole('tooltip')).getByText('Capacité')).toBeInTheDocument();
});

// A UX review: the Japanese tooltip joined place and brands with Latin commas, and every language quoted with “…”.
it('writes the tooltip’s place, brands and quote as each language punctuates them', async () => {
  const texts = async (locale: 'fr' | 'ja') => {
    const view = renderWithProviders(<PlantsView dataset={dataset} />, dataset, locale);
    fireEvent.focus(mark('decherd'));
    const tip = await within(figure()).findByRole('tooltip');
    const result = [tip.querySelector('.plants-tooltip-place')!.textContent, tip.querySelector('dd')!.textContent, tip.querySelector('blockquote')!.textContent!.slice(0, 2)];
    view.unmount();
    return result;
  };
  const [fr, ja] = [await texts('fr'), await texts('ja')];
  expect(fr).toEqual(['Decherd, Tennessee, États-Unis', 'Nissan et Daimler', '«\u202f']);
  expect([ja[0]!.endsWith('、アメリカ合衆国'), ja[1], ja[2]![0]]).toEqual([true, 'Nissan、Daimler', '「']);
});

it('lists the capacity targets as planned beside the stated capacity, each opening its own record', () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  const list = within(figure()).getByRole('region', { name: 'Capacity targets against stated capacity' });
  const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
  expect(items[1]).toBe(
    'Planned Russian capacity of at least 1.7 million cars a year from 2016 Source' +
      'Stated by 2016 Togliatti 350,000 vehicles a year (one production line) Source',
  );
  fireEvent.click(within(list).getByRole('button', { name: 'Source of the target: Alliance battery capacity of 500,000 a year by the end of 2013' }));
  const target = useSourcePanel.getState().open;
  fireEvent.click(within(list).getByRole('button', { name: 'Source of Zama: 65,000' }));
  expect([target, useSourcePanel.getState().open]).toEqual([
    { sourceId: 'wiki-alliance', record: { key: 'targets', index: 3 } },
    { sourceId: 'wiki-alliance', record: { key: 'plants', index: 6 } },
  ]);
});

it('opens the sentence behind each figure of the ranked list', () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  const list = within(figure()).getByRole('region', { name: 'Plants ranked by capacity' });
  fireEvent.click(within(list).getByRole('button', { name: 'Source of Tangier: 170,000' }));
  const tangier = useSourcePanel.getState().open;
  fireEvent.click(within(list).getByRole('button', { name: 'Source of Zama: 65,000' }));
  expect([tangier, useSourcePanel.getState().open]).toEqual([
    { sourceId: dataset.plants.find((p) => p.id === 'tangier')?.source, record: { key: 'plants', index: dataset.plants.findIndex((p) => p.id === 'tangier') } },
    { sourceId: 'wiki-alliance', record: { key: 'plants', index: dataset.plants.findIndex((p) => p.id === 'zama') } },
  ]);
});

it('puts the targets in the table view after the plants, as planned', async () => {
  renderWithProviders(<PlantsView dataset={dataset} />);
  fireEvent.click(within(figure()).getByRole('button', { name: 'Show table' }));
  const rows = within(await within(figure()).findByRole('table')).getAllByRole('row').slice(1);
  expect([rows.length, within(rows.at(-2)!).getByText('target (planned)').tagName]).toEqual([7 + 2, 'TD']);
});

it('lists the capacity targets in Japanese, the targets’ own labels as the dataset gives them', () => {
  renderWithProviders(<PlantsView dataset={dataset} />, dataset, 'ja');
  const list = within(figure()).getByRole('region', { name: '生産能力の目標と記載された能力' });
  expect(within(list).getAllByRole('listitem').map((li) => li.textContent)[0]).toBe(
    '計画 Alliance battery capacity of 500,000 a year by the end of 2013 (アライアンスの全工場) 出典2013年までの記載 Zama 年間6万5,000個 出典',
  );
  expect(within(list).getByRole('button', { name: 'Zamaの出典：6万5,000' })).toBeInTheDocument();
});
