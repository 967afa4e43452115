import { fireEvent, screen, within } from '@testing-library/react';
import { choose, dataset, renderWithProviders } from '../../test/renderWithProviders';
import { useFilters } from '../../state/filters';
import { useSourcePanel } from '../../state/sourcePanel';
import { EvView } from './EvView';

function renderEv() {
  const view = renderWithProviders(<EvView dataset={dataset} />);
  const figure = view.container.querySelector<HTMLElement>('figure[data-chart="ev"]')!;
  return { ...view, figure };
}
const ticks = (figure: HTMLElement) => [...figure.querySelectorAll('.ev-tick')].map((t) => t.textContent);
const seriesKeys = (figure: HTMLElement) => [...figure.querySelectorAll('[data-series]')].map((g) => g.getAttribute('data-series'));

describe('EvView', () => {
  it('offers the years with EV data when the range has none, and shows the chart after one click', async () => {
    const { figure } = renderEv();
    await choose(() => useFilters.getState().setYearRange([1999, 2005]));
    expect(within(figure).getByText(/No electric-vehicle milestone, launch or event falls in 1999–2005/)).toBeVisible();
    await choose(() => fireEvent.click(within(figure).getByRole('button', { name: 'Show 2009–2021' })));
    expect(useFilters.getState().yearRange).toEqual([2009, 2021]);
    expect(within(figure).getByRole('button', { name: /^Nissan Leaf: 500,000 sold, Dec 2020/ })).toBeInTheDocument();
  });

  it('names each bound as its source words it: more than, almost or about (the file’s five)', () => {
    const { figure } = renderEv();
    const named = (name: RegExp) => within(figure).getAllByRole('button', { name }).length;
    expect([
      named(/^Alliance: more than 500,000 sold, Dec 2017/),
      named(/^Groupe Renault: more than 273,550 sold, Dec 2019/),
      named(/^Nissan Leaf: almost 450,000 sold, Dec 2019/),
      named(/^Nissan: about 500,000 sold, Apr 2020/),
      named(/i-MiEV: more than 50,000 sold, Mar 2015/),
    ]).toEqual([1, 1, 1, 1, 1]);
  });

  // A production line's name says "production" already: its dots say "produced", not "production" twice.
  it('names a production dot by what it counts, once', () => {
    const { figure } = renderEv();
    const names = within(figure).getAllByRole('button', { name: /^Renault Zoe production: / }).map((dot) => dot.getAttribute('aria-label'));
    expect([names.length > 0, names.every((name) => /^Renault Zoe production: [\d,]+ produced, \w{3} \d{4}$/.test(name ?? ''))]).toEqual([true, true]);
  });

  it('draws one group per series and measure, models below totals', () => {
    const { figure } = renderEv();
    expect(seriesKeys(figure)).toEqual(['leaf', 'zoe', 'zoe:production', 'kangoo-ze', 'twizy', 'fluence-ze', 'i-miev', 'alliance', 'groupe-renault', 'nissan']);
  });

  it('draws no Nissan series when the brand filter is Renault only', async () => {
    const { figure } = renderEv();
    await choose(() => useFilters.setState({ brands: ['Renault'] }));
    expect([
      figure.querySelectorAll('[data-brand="Nissan"]').length,
      figure.querySelectorAll('[data-brand="Renault"]').length > 0,
      within(figure).queryAllByRole('button', { name: /^(Nissan|Nissan Leaf):/ }).length,
    ]).toEqual([0, true, 0]);
  });

  it('makes every milestone a focusable button stating its number, the chart one tab stop', () => {
    const { figure } = renderEv();
    const dot = within(figure).getByRole('button', { name: 'Alliance: 500,000 sold, Oct 2017' });
    const stops = figure.querySelectorAll('svg [tabindex="0"]');
    expect([figure.querySelectorAll('.ev-dot').length, dot.getAttribute('tabindex'), stops.length]).toEqual([34, '-1', 1]);
  });

  it('puts a 24 px invisible touch target under every milestone dot', () => {
    const { figure } = renderEv();
    const radii = [...figure.querySelectorAll('.ev-dot-hit')].map((c) => Number(c.getAttribute('r')));
    const dots = [...figure.querySelectorAll('.ev-dot')].map((c) => Number(c.getAttribute('r')));
    expect([radii.length, Math.min(...radii), Math.max(...dots)]).toEqual([34, 12, 4]);
  });

  it('names the 24 highest of 40 lines and says where the other 16 are named', () => {
    const source = dataset.evMilestones[0]!.source;
    const extra = Array.from({ length: 30 }, (_, i) => ({ id: `extra-${i}`, label: `Extra ${i}`, brand: 'Renault', kind: 'model' as const }));
    const crowded = {
      ...dataset,
      evSeries: [...dataset.evSeries, ...extra],
      evMilestones: [...dataset.evMilestones, ...extra.map((s, i) => ({ date: '2015-06', series: s.id, units: 100 + i, measure: 'sales' as const, source, note: 'test' }))],
    };
    const { container } = renderWithProviders(<EvView dataset={crowded} />);
    const figure = container.querySelector<HTMLElement>('figure[data-chart="ev"]')!;
    expect([
      figure.querySelectorAll('[data-series]').length,
      figure.querySelectorAll('.ev-label').length,
      within(figure).getByText('The chart names 24 of its lines, the totals and the highest; the other 16 are named in the tooltips and Show table.').tagName,
    ]).toEqual([40, 24, 'P']);
  });

  it('says no line is left unnamed on the real file, whose ten lines are all named', () => {
    const { figure } = renderEv();
    expect([figure.querySelectorAll('.ev-label').length, within(figure).queryByText(/The chart names \d+ of its lines/)]).toEqual([10, null]);
  });

  it('switches the y-axis to log and its tick labels with it', async () => {
    const { figure } = renderEv();
    const before = ticks(figure);
    await choose(() => fireEvent.click(within(within(figure).getByRole('group', { name: 'Scale' })).getByRole('button', { name: 'Log' })));
    expect([before.slice(0, 2), ticks(figure).slice(0, 3), useFilters.getState().evScale]).toEqual([['0', '500K'], ['5K', '10K', '20K'], 'log']);
  });

  // The tooltip's code comes at the first hover or focus (loadEvTooltip): the tooltip follows it.
  it('shows a tooltip on keyboard focus ending with the source title', async () => {
    const { figure } = renderEv();
    fireEvent.focus(within(figure).getByRole('button', { name: /^Nissan Leaf: 500,000 sold, Dec 2020/ }));
    const tooltip = await screen.findByRole('tooltip');
    expect([tooltip.textContent?.includes('Dec 2020 — Nissan Leaf global sales reached 500,000 units.'), tooltip.lastElementChild?.textContent]).toEqual([
      true, 'Source: Renault–Nissan–Mitsubishi Alliance',
    ]);
  });

  it('does not call the 500,000 milestone disputed: the tooltip shows its own record only', async () => {
    const { figure } = renderEv();
    fireEvent.mouseEnter(within(figure).getByRole('button', { name: /^Alliance: 500,000 sold, Oct 2017/ }));
    const tooltip = await screen.findByRole('tooltip');
    expect([
      within(tooltip).getAllByText('Source: Renault–Nissan–Mitsubishi Alliance').length,
      tooltip.textContent?.includes('Sources disagree'),
      tooltip.textContent?.includes('Oct 2017 — Alliance global EV sales reached 500,000 units.'),
    ]).toEqual([1, false, true]);
  });

  it('opens the source panel on Enter with the milestone record', () => {
    const { figure } = renderEv();
    fireEvent.keyDown(within(figure).getByRole('button', { name: /^Alliance: 500,000 sold, Oct 2017/ }), { key: 'Enter' });
    expect(useSourcePanel.getState().open).toEqual({ sourceId: 'wiki-alliance', record: { key: 'evMilestones', index: 17 } });
  });

  it('opens the source panel for a launch marker on click', () => {
    const { figure } = renderEv();
    fireEvent.click(within(figure).getByRole('button', { name: 'Nissan Leaf launched, Dec 2010' }));
    expect(useSourcePanel.getState().open).toEqual({ sourceId: 'wiki-alliance', record: { key: 'evLaunches', index: 1 } });
  });

  it('highlights the brand of a hovered series everywhere', () => {
    const { figure } = renderEv();
    fireEvent.mouseOver(figure.querySelector('[data-series="zoe"] path')!);
    expect(useFilters.getState().highlighted).toEqual(['Renault']);
  });

  it('dims the series of other brands when a brand is highlighted', async () => {
    const { figure } = renderEv();
    await choose(() => useFilters.setState({ highlighted: ['Nissan'] }));
    const opacity = (key: string) => figure.querySelector(`[data-series="${key}"]`)?.getAttribute('opacity');
    expect([opacity('leaf'), opacity('zoe'), opacity('alliance')]).toEqual(['1', '0.25', '0.25']);
  });

  it('shows a sentence instead of axes when the years hold no EV data', async () => {
    const { figure } = renderEv();
    await choose(() => useFilters.setState({ yearRange: [1999, 2005] }));
    expect([
      within(figure).getByText('No electric-vehicle milestone, launch or event falls in 1999–2005. The data runs from July 2009 to December 2021.').tagName,
      figure.querySelector('svg.ev-svg'),
    ]).toEqual(['P', null]);
  });

  it('writes the summary from the data', () => {
    const { figure } = renderEv();
    expect(figure.querySelector('.card-summary')?.textContent).toBe(
      'The Alliance reached 1 million EVs in December 2021. The best-selling model shown, the Nissan Leaf, reached 500,000 by December 2020. ' +
        'Targets: 1.5 million EVs as early as 2016 (first target), missed (350,000 reported by August 2016; 400,000 in January 2017); ' +
        '1.5 million EVs by 2020 (revised in 2013), missed (800,000 reported by December 2019; 1 million in December 2021).',
    );
  });

  it('lists one table row per milestone, one per target and one per launch and event marker', async () => {
    const { figure } = renderEv();
    fireEvent.click(within(figure).getByRole('button', { name: 'Show table' }));
    // The table view's code comes on first use (onDemand.tsx).
    const table = await within(figure).findByRole('table');
    // 34 milestones, 2 targets, 6 launches (the dataset's evLaunches) and 3 events with an EV label.
    const measures = ['sales target', 'launch', 'event'].map((word) => within(table).getAllByText(word).length);
    expect([table.querySelectorAll('tbody tr').length, ...measures]).toEqual([45, 2, 6, 3]);
  });

  it('draws each EV target as a button that says it was missed and opens its record on Enter', () => {
    const { figure } = renderEv();
    const revised = within(figure).getByRole('button', {
      name: 'Target: 1.5 million EVs by 2020 (revised in 2013), 1.5 million. Missed: 800,000 reported by December 2019; 1 million in December 2021',
    });
    fireEvent.keyDown(revised, { key: 'Enter' });
    expect([figure.querySelectorAll('.ev-target').length, useSourcePanel.getState().open]).toEqual([2, { sourceId: 'wiki-alliance', record: { key: 'targets', index: 2 } }]);
  });

  it('draws every target’s dashed line under every target’s label: the 2020 line ran across “2016: missed”', () => {
    const { figure } = renderEv();
    const lines = [...figure.querySelectorAll('.ev-target-line')];
    const labels = [...figure.querySelectorAll('.ev-target-label')];
    // The 2016 target's source gives no year it was set in: only the 2020 target has a line.
    expect([lines.length, labels.length]).toEqual([1, 2]);
    const isBefore = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect(lines.every((line) => labels.every((label) => isBefore(line, label)))).toBe(true);
  });

  it('puts each target label on a plate under every diamond and over every target line: a year’s rule showed between its glyphs', () => {
    const { figure } = renderEv();
    const plates = [...figure.querySelectorAll('.ev-target-plate')];
    const labels = [...figure.querySelectorAll<SVGTextElement>('.ev-target-label')];
    const diamonds = [...figure.querySelectorAll('.ev-target-mark')];
    const isBefore = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect(plates.length).toBe(labels.length);
    expect(plates.every((plate) => diamonds.every((diamond) => isBefore(plate, diamond)))).toBe(true);
    expect([...figure.querySelectorAll('.ev-target-line')].every((line) => plates.every((plate) => isBefore(line, plate)))).toBe(true);
    // Each plate reaches 2 px past its label's right end (the labels are right-aligned at their x).
    const num = (el: Element, name: string) => Number(el.getAttribute(name));
    expect(plates.map((p) => num(p, 'x') + num(p, 'width'))).toEqual(labels.map((l) => num(l, 'x') + 2));
  });

  it('shows a target tooltip with its verdict, quote and source', async () => {
    const { figure } = renderEv();
    fireEvent.mouseEnter(within(figure).getByRole('button', { name: /^Target: 1\.5 million EVs as early as 2016/ }));
    const tooltip = await screen.findByRole('tooltip');
    expect([
      within(tooltip).getByText('Missed').tagName,
      tooltip.textContent?.includes('Initially, Carlos Ghosn predicted the two companies would sell a combined 1.5 million electric cars as early as 2016.'),
      tooltip.lastElementChild?.textContent,
    ]).toEqual(['STRONG', true, 'Source: Renault–Nissan–Mitsubishi Alliance']);
  });

  it('words the target tooltip, mark label and legend entry in French', async () => {
    const view = renderWithProviders(<EvView dataset={dataset} />, dataset, 'fr');
    const figure = view.container.querySelector<HTMLElement>('figure[data-chart="ev"]')!;
    fireEvent.mouseEnter(within(figure).getByRole('button', { name: /^Objectif\u202f: 1\.5 million EVs as early as 2016/ }));
    const tooltip = await screen.findByRole('tooltip');
    expect([
      within(tooltip).getByText('Manqué').tagName,
      tooltip.querySelector('.ev-tooltip-head strong')?.textContent,
      [...figure.querySelectorAll('.ev-target-label')].map((t) => t.textContent),
      within(figure).queryAllByText('Objectif (prévu)').length > 0,
    ]).toEqual(['STRONG', 'Objectif\u202f: 1.5 million EVs as early as 2016 (first target)', expect.arrayContaining([expect.stringMatching(/^(Objectif 2016\u202f: 1\u202f500\u202f000, manqué|2016\u202f: manqué)$/)]), true]);
  });

  it('names the chart and says it has no sales milestone in French, as it does in English', async () => {
    const view = renderWithProviders(<EvView dataset={dataset} />, dataset, 'fr');
    const figure = view.container.querySelector<HTMLElement>('figure[data-chart="ev"]')!;
    expect(within(figure).getByRole('group', { name: /^Ventes cumulées de véhicules électriques, échelle linéaire/ })).toBe(figure.querySelector('svg.ev-svg'));
    await choose(() => useFilters.setState({ yearRange: [2010, 2012] }));
    expect(within(figure).getByText('Aucun palier de ventes sur cette période').closest('svg')).toBe(figure.querySelector('svg.ev-svg'));
  });

  it('leaves the targets out when the years hold neither target year', async () => {
    const { figure } = renderEv();
    await choose(() => useFilters.setState({ yearRange: [2011, 2015] }));
    expect(figure.querySelectorAll('.ev-target').length).toBe(0);
  });

  it('links the legend to the brand filter', async () => {
    const { figure } = renderEv();
    await choose(() => fireEvent.click(within(within(figure).getByRole('list', { name: /legend/ })).getByRole('button', { name: 'Nissan' })));
    expect([useFilters.getState().brands, figure.querySelectorAll('[data-brand="Nissan"]').length]).toEqual([['Renault', 'Mitsubishi', 'AvtoVAZ'], 0]);
  });

  it('reads in Japanese: title, scale control, axis in 万, months and the summary', () => {
    const view = renderWithProviders(<EvView dataset={dataset} />, dataset, 'ja');
    const figure = view.container.querySelector<HTMLElement>('figure[data-chart="ev"]')!;
    expect(within(figure).getByRole('heading', { name: '電気自動車の累計販売台数' })).toBeInTheDocument();
    expect(within(figure).getByRole('group', { name: '目盛り' })).toHaveTextContent('線形対数');
    expect(ticks(figure).slice(0, 3)).toEqual(['0', '50万', '100万']);
    expect(within(figure).getByText(/^Allianceの電気自動車は2021年12月に100万台に達しました。/)).toBeInTheDocument();
    expect(within(figure).getByRole('button', { name: /^Nissan Leaf：50万台販売、2020年12月/ })).toBeInTheDocument();
  });

  it('reads in French: legend, footnotes and the empty state', async () => {
    const view = renderWithProviders(<EvView dataset={dataset} />, dataset, 'fr');
    const figure = view.container.querySelector<HTMLElement>('figure[data-chart="ev"]')!;
    expect(within(figure).getByText('Toute l’Alliance')).toBeInTheDocument();
    expect(within(figure).getByText('Les points creux comptent les véhicules produits, non vendus.')).toBeInTheDocument();
    await choose(() => useFilters.getState().setYearRange([1999, 2005]));
    expect(within(figure).getByText(/^Aucun palier, lancement ni événement lié aux véhicules électriques en 1999–2005\. Les données vont de juillet 2009 à/)).toBeVisible();
  });
});
