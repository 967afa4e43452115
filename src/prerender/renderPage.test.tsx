import topology from 'world-atlas/countries-110m.json';
import realDataset from '../../public/data/alliance.json';
import type { CountriesTopology } from '../charts/plants/useWorldAtlas';
import { renderPage } from './renderPage';
import { stakesActiveIn } from '../charts/ownership/model';
import { dataset } from '../test/renderWithProviders';

// One server render for the file: it loads every view and draws ~1,000 elements.
let page: Document;
let firstFrameEnd: string | null = null;
beforeAll(async () => {
  const rendered = await renderPage(realDataset, topology as unknown as CountriesTopology);
  firstFrameEnd = rendered.firstFrameEnd;
  page = new DOMParser().parseFromString(`<div id="root">${rendered.html}</div>`, 'text/html');
});

const card = (chart: string) => page.querySelector(`figure[data-chart="${chart}"]`);
const count = (chart: string, selector: string) => card(chart)?.querySelectorAll(selector).length;

describe('renderPage (the build-time pre-render) from the real dataset', () => {
  it('renders the four cards, none of them a loading skeleton', () => {
    expect([...page.querySelectorAll('figure[data-chart]')].map((f) => f.getAttribute('data-chart'))).toEqual(['sales', 'ev', 'ownership', 'plants']);
    expect(page.querySelectorAll('.is-loading, .skeleton')).toHaveLength(0);
  });

  it('ends the first frame\'s markup where the second card begins: its title is the first id after the whole first card', () => {
    const first = card('sales');
    const end = firstFrameEnd === null ? null : page.getElementById(firstFrameEnd);
    expect([firstFrameEnd, end?.closest('figure')?.getAttribute('data-chart')]).toEqual(['ev-title', 'ev']);
    // Everything with an id between the first card's end and the marker would be missing from the first frame.
    const between = [...page.querySelectorAll('[id]')].filter((el) => first!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !first!.contains(el) && el !== end && end!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
    expect(between).toEqual([]);
  });

  it('draws the sales card as static SVG with one bar per figure: 25 (Renault 8, Nissan 8, AvtoVAZ 2011–2016, Mitsubishi 2016–2018)', () => {
    expect(count('sales', 'svg.sales-static')).toBe(1);
    expect(count('sales', 'rect.sales-segment')).toBe(25);
    expect([...(card('sales')?.querySelectorAll('.sales-total-label') ?? [])].map((t) => t.textContent)).toEqual(['8.03M', '8.10M', '8.26M', '8.47M', '8.53M', '9.96M', '10.6M', '10.8M']);
  });

  it('draws the EV chart: 10 step lines (9 series, Zoe also as production) with their paths', () => {
    expect(count('ev', 'g.ev-series')).toBe(10);
    expect(card('ev')?.querySelectorAll('g.ev-series path[d^="M"]').length).toBeGreaterThanOrEqual(10);
  });

  it('draws the ownership diagram as of 2023: an edge per stake held that year, a box per company in them (17 and 14)', () => {
    const stakes = stakesActiveIn(dataset.ownership, 2023);
    const companies = new Set(stakes.flatMap(({ stake }) => [stake.holder, stake.held]));
    expect([count('ownership', '.ownership-edge'), count('ownership', '.ownership-node')]).toEqual([stakes.length, companies.size]);
    expect([stakes.length, companies.size]).toEqual([17, 14]);
  });

  it('draws the map with its country outlines and a symbol for each of the 7 plants still the Alliance’s in 2023', () => {
    expect(count('plants', '.plants-countries path')).toBeGreaterThan(150);
    // Of 9: Togliatti and Aguascalientes left with the stakes in their operators (data/plantTenure.ts).
    expect(count('plants', '.plant-mark')).toBe(7);
  });

  it('writes each card’s summary from the data', () => {
    expect(card('sales')?.querySelector('.card-summary')?.textContent).toBe('2011–2018: the Alliance grew from 8.03M to 10.8M units; Nissan sold the most each year.');
  });
});
