import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFilters } from '../../state/filters';
import { useSourcePanel } from '../../state/sourcePanel';
import { afterDrawn, choose, dataset, datasetIn, renderWithProviders } from '../../test/renderWithProviders';
import { registeredChartImages } from '../../export/registry';
import { OwnershipView } from './OwnershipView';
import { stakesActiveIn } from './model';

async function renderAt(yearRange: readonly [number, number]) {
  const view = renderWithProviders(<OwnershipView dataset={dataset} />);
  await choose(() => useFilters.getState().setYearRange(yearRange));
  return view;
}

/**
 * The 2016 → 2023 comparison draws companies the layout has no slot for (Daimler, ended), placed by a chunk of its
 * own: in the page it is fetched when the page is idle, here before the test, so a test run on its own (-t) does
 * not depend on an earlier test having loaded it.
 */
const placementCodeIn = () => import('./autoPlace');

const figure = () => screen.getByRole('figure', { name: 'Who owns whom' });
const diagram = () => within(figure()).getByRole('group', { name: /^Ownership diagram as of/ });
const edgeLabels = () => [...diagram().querySelectorAll('.ownership-edge-label text')].map((t) => t.textContent);
const stepper = () => within(figure()).getByRole('group', { name: 'Ownership as of' });

describe('OwnershipView', () => {
  it('has an edge labelled 43.4% in 2017', async () => {
    await renderAt([1999, 2017]);
    expect([edgeLabels().filter((l) => l === '43.4%').length, within(diagram()).getAllByRole('button', { name: 'Renault holds 43.4% of Nissan (voting)' }).length]).toEqual([1, 1]);
  });

  it('says how many stakes between the companies drawn it leaves to the table, where there are too many to draw', async () => {
    // Twelve ventures, each holding 5% of each other: 132 stakes among them, past the 80 a year draws.
    const dense = structuredClone(dataset);
    const ids = Array.from({ length: 12 }, (_, i) => `venture-${i}`);
    dense.companies.push(...ids.map((id) => ({ id, name: id, kind: 'entity' as const, brand: null })));
    dense.ownership.push(...ids.flatMap((holder) => ids.flatMap((held) => (held === holder ? [] : [{ ...dense.ownership[0]!, holder, held, percent: 5, from: 2020, to: null }]))));
    renderWithProviders(<OwnershipView dataset={dense} />, dense);
    await choose(() => useFilters.getState().setYearRange([1999, 2023]));
    // The ventures have no slots: the diagram waits for the placement code, a chunk of its own (slow on a busy machine).
    await waitFor(() => expect(diagram().querySelectorAll('.ownership-edge')).toHaveLength(80), { timeout: 15_000 });
    const left = stakesActiveIn(dataset.ownership, 2023).length + 132 - 80;
    expect(within(figure()).getByText(`${left} more stakes between them, smaller ones, are not drawn; the table lists them all.`).tagName).toBe('LI');
  });

  it('gives every stake an invisible stroke at least 24 px wide where the diagram is drawn 800 px wide', async () => {
    await renderAt([1999, 2023]);
    const viewBoxWidth = Number(diagram().getAttribute('viewBox')?.split(' ')[2]);
    const hits = [...diagram().querySelectorAll('.ownership-edge-hit')].map((path) => (Number(path.getAttribute('stroke-width')) * 800) / viewBoxWidth);
    expect(hits).toHaveLength(diagram().querySelectorAll('.ownership-edge').length);
    expect(Math.min(...hits)).toBeCloseTo(24, 6);
  });

  it('explains the “Renault–Nissan Alliance” box while it is drawn (2017), and not when it is not (2008)', async () => {
    const note = /stands for Renault and Nissan together/;
    await renderAt([1999, 2017]);
    const in2017 = screen.queryAllByText(note).length;
    await choose(() => useFilters.setState({ yearRange: [1999, 2008] }));
    expect([in2017, screen.queryAllByText(note).length]).toEqual([1, 0]);
  });

  // 15% each way between Renault and Nissan; the French State's stake has no figure after April 2015.
  it('has no edge labelled 43.4% in 2023', async () => {
    await renderAt([1999, 2023]);
    expect([edgeLabels().includes('43.4%'), edgeLabels().filter((l) => l === '15%').length]).toEqual([false, 2]);
  });

  it('draws one keyboard-reachable edge per stake held in 2023', async () => {
    await renderAt([1999, 2023]);
    expect(diagram().querySelectorAll('g.ownership-edge[tabindex][role="button"]').length).toBe(17);
  });

  it('keeps the arrowhead markers inside the svg', async () => {
    await renderAt([1999, 2017]);
    const marker = diagram().querySelector('path.ownership-edge-line')!.getAttribute('marker-end')!;
    expect(diagram().querySelector(marker.slice(4, -1))?.tagName).toBe('marker');
  });

  it('moves the year cursor from the stepper, leaving the range as it is', async () => {
    await renderAt([2000, 2023]);
    await userEvent.click(within(stepper()).getByRole('button', { name: '2016' }));
    await afterDrawn();
    expect([useFilters.getState().yearRange, useFilters.getState().at, within(stepper()).getByRole('button', { name: '2016' }).getAttribute('aria-pressed')]).toEqual([[2000, 2023], 2016, 'true']);
  });

  it('marks the compared year in the stepper too, so the stepper names both years the diagram compares', async () => {
    await renderAt([1999, 2023]);
    await choose(() => useFilters.getState().setAt(2016));
    await choose(() => useFilters.getState().setCompare(2023));
    // 2016 compared with 2023 places companies gone by 2023 beside their old slots: the card waits for that code.
    await waitFor(() => stepper());
    const marked = (name: string) => {
      const button = within(stepper()).getByRole('button', { name });
      const description = button.getAttribute('aria-describedby') ? document.getElementById(button.getAttribute('aria-describedby')!)?.textContent : null;
      expect(description ?? null).toBe(button.getAttribute('title'));
      return [button.getAttribute('aria-pressed'), button.classList.contains('is-compared'), description ?? null];
    };
    expect([marked('2016'), marked('2023')]).toEqual([
      ['true', false, null],
      ['false', true, 'Compared: 2016 with 2023'],
    ]);
    // 2019 is not a year the structure changed: the stepper marks 2016, the change year 2019's structure dates from.
    await choose(() => useFilters.getState().setAt(2010));
    await choose(() => useFilters.getState().setCompare(2019));
    expect([marked('2016'), marked('2010')]).toEqual([
      ['false', true, 'Compared: 2010 with 2019'],
      ['true', false, null],
    ]);
    await choose(() => useFilters.getState().setCompare(null));
    expect(within(stepper()).getByRole('button', { name: '2016' }).classList.contains('is-compared')).toBe(false);
  });

  it('says under its stepper, at a year the structure did not change (2019), which change year it dates from, the one outlined', async () => {
    await renderAt([1999, 2023]);
    await choose(() => useFilters.getState().setAt(2019));
    const note = within(figure()).getByText('The structure of 2019 dates from 2016 (outlined).');
    const outlined = within(stepper()).getByRole('button', { name: '2016' });
    expect([outlined.classList.contains('is-in-effect'), outlined.getAttribute('aria-describedby')]).toEqual([true, note.id]);
    // Compared with 2017, a year the structure did not change in either: 2016, its year, is dashed as compared, and said so.
    await choose(() => useFilters.getState().setCompare(2017));
    expect(note.textContent).toBe('The structure of 2017 dates from 2016 (dashed).');
    // Compared with 2009, which dates from 2008: two marks, two sentences.
    await choose(() => useFilters.getState().setCompare(2009));
    expect(note.textContent).toBe('The structure of 2019 dates from 2016 (outlined). The structure of 2009 dates from 2008 (dashed).');
    // Compared with 2023, the outline and its words stay.
    await choose(() => useFilters.getState().setCompare(2023));
    expect([outlined.classList.contains('is-in-effect'), outlined.getAttribute('aria-describedby'), note.textContent]).toEqual([true, note.id, 'The structure of 2019 dates from 2016 (outlined).']);
    // At a change year, nothing to say (its line stays, empty).
    await choose(() => useFilters.getState().setCompare(null));
    await choose(() => useFilters.getState().setAt(2016));
    expect([within(figure()).queryByText(/^The structure of/), note.isConnected, note.textContent]).toEqual([null, true, '']);
  });

  it('shows a year chosen in its stepper at once, while the diagram still shows what it drew', async () => {
    await placementCodeIn();
    await renderAt([2000, 2023]);
    act(() => fireEvent.click(within(stepper()).getByRole('button', { name: '2016' })));
    act(() => useFilters.getState().setCompare(2023));
    expect(within(stepper()).getByRole('button', { name: '2016' }).getAttribute('aria-pressed')).toBe('true');
    expect(diagram().querySelectorAll('g.ownership-edge[data-change="ended"]')).toHaveLength(0);
    await afterDrawn();
    expect(diagram().querySelectorAll('g.ownership-edge[data-change="ended"]')).toHaveLength(8);
  });

  it('offers no year outside the range', async () => {
    await renderAt([2012, 2018]);
    expect([within(stepper()).getByRole('button', { name: '2010' }), within(stepper()).getByRole('button', { name: '2021' })].map((b) => (b as HTMLButtonElement).disabled)).toEqual([true, true]);
  });

  it('steps to the previous and next change years', async () => {
    await renderAt([1999, 2023]);
    await choose(() => useFilters.getState().setAt(2017));
    await userEvent.click(within(stepper()).getByRole('button', { name: 'Previous change: 2016' }));
    const afterPrevious = useFilters.getState().at;
    await userEvent.click(within(stepper()).getByRole('button', { name: 'Next change: 2021' }));
    expect([afterPrevious, useFilters.getState().at, useFilters.getState().yearRange]).toEqual([2016, 2021, [1999, 2023]]);
  });

  it('compares 2016 with 2023: the ended Daimler stakes ghosted, the 43.4% → 15% change labelled, a change table citing sources', async () => {
    await placementCodeIn();
    await renderAt([1999, 2023]);
    await choose(() => useFilters.getState().setAt(2016));
    await choose(() => useFilters.getState().setCompare(2023));
    expect(edgeLabels()).toEqual(expect.arrayContaining(['43.4% → 15%', '15% non-voting → voting', 'new: 34%']));
    // Daimler's cross-holding and the Mexican joint venture (2021), the Russian structure (2022): each company gone
    // says in its box when its stakes ended, once, and its lines carry no label.
    expect(diagram().querySelectorAll('g.ownership-edge[data-change="ended"]')).toHaveLength(8);
    expect(edgeLabels().filter((label) => label.startsWith('ended'))).toEqual([]);
    // Drawn as a last line of the box, and named so for assistive technology.
    const box = (name: string) => within(diagram()).getByRole('img', { name }).textContent;
    // An end no source gives is drawn "c." and named in full.
    expect([box('Daimler: ended 2021 (year inferred)'), box('Common Purchasing Organization: ended 2022 (year inferred)')]).toEqual(['Daimlerended c. 2021', 'CommonPurchasingended c. 2022']);
    expect(within(diagram()).getByRole('button', { name: 'Daimler holds 3.1% of the Renault–Nissan Alliance (voting rights not stated): ended 2021' })).toBeInTheDocument();
    // The comparison's words are a chunk of their own (compareText.ts): the summary says what changed once they are in.
    expect(await within(figure()).findByText(/^Stakes from 2016 to 2023: 2 changed, \d+ new, 8 ended and \d+ unchanged\. Changed: Renault’s stake in Nissan/)).toBeInTheDocument();
    await userEvent.click(within(figure()).getByRole('button', { name: 'Show table' }));
    const firstRow = within(await within(figure()).findByRole('table')).getAllByRole('row')[1]!;
    expect(within(firstRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Renault', 'Nissan', '43.4% voting', '15% voting', 'Renault–Nissan–Mitsubishi Alliance']);
  });

  it('says what the "c." of an inferred end means where a compared end is inferred (2016 → 2023), not where none is (2001 → 2002)', async () => {
    await renderAt([1999, 2023]);
    const note = () => within(figure()).getByText(/^Compared with \d{4}: /).textContent;
    await choose(() => useFilters.getState().setAt(2016));
    await choose(() => useFilters.getState().setCompare(2023));
    expect(note()).toMatch(/ An end year marked “c\.” \(circa\) is given by no source: it is inferred\.$/);
    await choose(() => useFilters.getState().setAt(2001));
    await choose(() => useFilters.getState().setCompare(2002));
    expect(note()).toMatch(/^Compared with 2001: .* drawn quietly\.$/);
  });

  it('keeps an ended stake’s label readable: in the muted colour at full strength, not faded with its line (2011 → 2016)', async () => {
    await renderAt([1999, 2023]);
    await choose(() => useFilters.getState().setAt(2011));
    await choose(() => useFilters.getState().setCompare(2016));
    const label = [...diagram().querySelectorAll('.ownership-edge-label.is-ended text')].find((t) => t.textContent === 'ended c. 2012')!;
    expect([label.getAttribute('fill')?.toLowerCase(), label.getAttribute('opacity')]).toEqual(['#57606a', null]);
  });

  it('keeps a company gone by the later year readable: its box a ghost, its words in the muted colour, not faded with it', async () => {
    await renderAt([1999, 2023]);
    await choose(() => useFilters.getState().setAt(2016));
    await choose(() => useFilters.getState().setCompare(2023));
    const daimler = within(diagram()).getByRole('img', { name: 'Daimler: ended 2021 (year inferred)' });
    const [, box] = daimler.querySelectorAll('rect');
    expect([daimler.getAttribute('opacity'), box?.getAttribute('opacity'), [...daimler.querySelectorAll('text')].map((t) => t.style.fill)]).toEqual(['1', '0.42', ['rgb(87, 96, 106)', 'rgb(87, 96, 106)']]);
  });

  it('keys the dotted "ended" line only where a compared stake has ended: 2016 → 2023, not 2001 → 2023', async () => {
    await renderAt([1999, 2023]);
    const legend = () => within(figure()).getByRole('list', { name: /legend/ }).textContent;
    await choose(() => useFilters.getState().setAt(2001));
    await choose(() => useFilters.getState().setCompare(2023));
    expect(diagram().querySelectorAll('g.ownership-edge[data-change="ended"]')).toHaveLength(0);
    expect(legend()).not.toContain('Ended by 2023');
    await choose(() => useFilters.getState().setAt(2016));
    await afterDrawn();
    expect(legend()).toContain('Ended by 2023 (dotted, faded)');
  });

  it('shows a tooltip ending with the source when an edge gets focus', async () => {
    await renderAt([1999, 2017]);
    act(() => within(diagram()).getByRole('button', { name: 'Nissan holds 15% of Renault (non-voting)' }).focus());
    const tooltip = within(figure()).getByRole('tooltip');
    expect([tooltip.querySelector('.ownership-tooltip-sub')?.textContent, tooltip.lastElementChild?.textContent]).toEqual([
      'Non-voting shares (long dashes) · 2001–2022',
      'Source: Renault–Nissan–Mitsubishi Alliance',
    ]);
  });

  it('opens the source panel on the stake’s record with Enter', async () => {
    await renderAt([1999, 2017]);
    fireEvent.keyDown(within(diagram()).getByRole('button', { name: 'Renault holds 43.4% of Nissan (voting)' }), { key: 'Enter' });
    expect(useSourcePanel.getState().open).toEqual({ sourceId: 'wiki-alliance', record: { key: 'ownership', index: 1 } });
  });

  it('highlights Renault everywhere while its box is hovered', async () => {
    await renderAt([1999, 2017]);
    const renault = within(diagram()).getByRole('img', { name: /^Renault\. Holds/ });
    fireEvent.mouseEnter(renault);
    const during = useFilters.getState().highlighted;
    fireEvent.mouseLeave(renault);
    expect([during, useFilters.getState().highlighted]).toEqual([['Renault'], []]);
  });

  it('lists a company’s stakes in its tooltip on hover', async () => {
    await renderAt([1999, 2023]);
    fireEvent.mouseEnter(within(diagram()).getByRole('img', { name: /^Mitsubishi Motors\./ }));
    const items = [...within(figure()).getByRole('tooltip').querySelectorAll('li')].map((li) => li.firstChild?.textContent);
    expect(items).toEqual(['€200M invested in Ampere, since 2023', 'Nissan: 34%, voting, since 2016']);
  });

  it('dims the stakes not touching the highlighted brand', async () => {
    await renderAt([1999, 2023]);
    await choose(() => useFilters.getState().setHighlighted(['Mitsubishi']));
    const opaque = [...diagram().querySelectorAll('g.ownership-edge')].filter((g) => g.getAttribute('opacity') === '1').map((g) => g.getAttribute('aria-label'));
    expect(opaque).toEqual(['Nissan holds 34% of Mitsubishi Motors (voting)', 'Mitsubishi Motors invested €200M in Ampere (no percentage given)']);
  });

  it('draws a quiet (unchanged) label’s words lighter, not faded (AA contrast), its plate whole so no line shows through it; a label dimmed by a highlight fades whole', async () => {
    await renderAt([1999, 2023]);
    await choose(() => useFilters.getState().setAt(2017));
    await choose(() => useFilters.getState().setCompare(2012));
    const label = (text: string) => [...diagram().querySelectorAll('g.ownership-edge-label')].find((g) => g.querySelector('text')?.textContent === text)!;
    const opacities = (g: Element) => [g.getAttribute('opacity'), g.querySelector('rect')?.getAttribute('opacity') ?? null, g.querySelector('text')?.getAttribute('opacity') ?? null];
    // ₩170B: the Alliance's investment in Renault Korea, unchanged between 2012 and 2017.
    expect([...opacities(label('₩170B')), label('₩170B').querySelector('text')?.getAttribute('font-weight')]).toEqual([null, null, null, '500']);
    await choose(() => useFilters.getState().setHighlighted(['Mitsubishi']));
    expect(opacities(label('₩170B'))).toEqual([null, '0.22', '0.22']);
  });

  it('dims a brand switched off instead of removing it, and says so', async () => {
    await renderAt([1999, 2023]);
    await choose(() => useFilters.getState().toggleBrand('Nissan'));
    const nissan = within(diagram()).getByRole('img', { name: /^Nissan\. Holds/ });
    expect([nissan.getAttribute('opacity'), within(figure()).getByText(/Nissan is switched off in the filter/).tagName]).toEqual(['0.22', 'LI']);
  });

  it('shows a sentence instead of the diagram when no brand is selected, and a button that brings the brands back', async () => {
    await renderAt([1999, 2023]);
    await choose(() => useFilters.setState({ brands: [] }));
    expect(within(figure()).queryByRole('group', { name: /^Ownership diagram/ })).toBeNull();
    expect(within(figure()).getByText(/No brand is selected/)).toBeVisible();
    await choose(() => fireEvent.click(within(figure()).getByRole('button', { name: 'Select every brand' })));
    expect(within(figure()).getByRole('group', { name: /^Ownership diagram/ })).toBeInTheDocument();
  });

  it('hands keyboard focus to the card title when the empty-state button goes away', async () => {
    await renderAt([1999, 2023]);
    await choose(() => useFilters.setState({ brands: [] }));
    within(figure()).getByRole('button', { name: 'Select every brand' }).focus();
    fireEvent.click(within(figure()).getByRole('button', { name: 'Select every brand' }));
    await waitFor(() => expect(within(figure()).getByRole('heading', { name: 'Who owns whom' })).toHaveFocus());
  });

  it('summarises the year shown', async () => {
    await renderAt([1999, 2017]);
    expect(within(figure()).getByText(/^In 2017 Renault held 43.4% of Nissan/).id).toBe('ownership-summary');
  });

  it('names under its image the year it draws, not the filter’s span; while comparing, the two years alone', async () => {
    await renderAt([1999, 2023]);
    const filterLine = () => registeredChartImages(['ownership'])[0]?.parts.filterLine;
    await choose(() => useFilters.getState().setAt(2017));
    expect(filterLine()).toBe('Year 2017 · Brands: all brands');
    await choose(() => useFilters.getState().setCompare(2012));
    expect(filterLine()).toBe('Brands: all brands · 2017 compared with 2012');
  });

  it('tables one row per stake held', async () => {
    await renderAt([1999, 2001]);
    await userEvent.click(within(figure()).getByRole('button', { name: 'Show table' }));
    const rows = within(await within(figure()).findByRole('table')).getAllByRole('row').slice(1).map((r) => r.firstChild?.textContent);
    expect(rows).toEqual(['Renault', 'Nissan', 'Renault']);
  });

  it('reads in Japanese: title, stepper, edge labels and the summaries of a year and of a comparison', async () => {
    renderWithProviders(<OwnershipView dataset={dataset} />, dataset, 'ja');
    await choose(() => useFilters.getState().setYearRange([1999, 2017]));
    const card = screen.getByRole('figure', { name: '資本関係' });
    expect(within(card).getByRole('group', { name: '資本関係の時点' })).toBeInTheDocument();
    expect(within(card).getByText(/^2017年、RenaultはNissanの43.4%を保有/)).toBeInTheDocument();
    expect(within(card).getByText('アライアンス構成企業')).toBeInTheDocument();
    expect(within(card).getAllByRole('button', { name: 'RenaultはNissanの43.4%を保有（議決権あり）' })).toHaveLength(1);
    await choose(() => useFilters.getState().setCompare(2016));
    expect(within(card).getByText(/^2016年から2017年にかけて/)).toBeInTheDocument();
  });

  it('reads in French: legend, footnotes and percentages with their French spaces', async () => {
    renderWithProviders(<OwnershipView dataset={dataset} />, dataset, 'fr');
    await choose(() => useFilters.getState().setYearRange([1999, 2017]));
    const card = screen.getByRole('figure', { name: 'Qui détient qui' });
    expect(within(card).getByText('Participation sans droit de vote')).toBeInTheDocument();
    expect(within(card).getByText(/^Les flèches vont du détenteur vers la société détenue/)).toBeInTheDocument();
    const labels = [...card.querySelectorAll('.ownership-edge-label text')].map((t) => t.textContent?.replace(/[\u202f\u00a0]/g, ' '));
    expect(labels).toContain('43,4 %');
  });

  it('names the diagram’s changed stakes in French when comparing', async () => {
    // The dataset's texts in French, as the page has them in French.
    renderWithProviders(<OwnershipView dataset={datasetIn('fr')} />, datasetIn('fr'), 'fr');
    await choose(() => useFilters.getState().setYearRange([1999, 2023]));
    await choose(() => useFilters.getState().setAt(2016));
    const card = screen.getByRole('figure', { name: 'Qui détient qui' });
    await choose(() => useFilters.getState().setCompare(2023));
    const names = [...card.querySelectorAll('g.ownership-edge[data-change="ended"]')].map((g) => g.getAttribute('aria-label')?.replace(/[\u202f\u00a0]/g, ' '));
    expect(names).toContain('Daimler détient 3,1 % de l’Alliance Renault–Nissan (droits de vote non précisés) : terminée en 2021');
  });
});
