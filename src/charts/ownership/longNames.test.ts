import { freeSpot } from './autoPlace';
import { textWidth } from '../../components/textWidth';
import { dataset } from '../../test/renderWithProviders';
import { FONT, LAYOUTS, MAX_NODE_LINE, nodeLines } from './layout';
import { ownershipDiagram } from './model';
import { ownershipTable } from './table';
import { nodeAriaLabel, nodeDetails } from './text';
import { intlFor } from '../../i18n/intl';

const en = intlFor('en');

const LONG = `Renault ${'Holding '.repeat(70)}`.slice(0, 500);

describe('a 500-character company name', () => {
  it('is cut to the widest line a box holds, each line ending in an ellipsis', () => {
    const lines = nodeLines(LAYOUTS.wide, 'long', LONG);
    // 140 units at 15 bold is 8.48 em: "Renault Holdin" is 7.4 em + "…" 0.62; the "g" would make it 8.64.
    expect(lines).toEqual(['Renault Holdin…', 'Holding Holdin…']);
    expect(Math.max(...lines.map((line) => textWidth(line, FONT.member, true)))).toBeLessThanOrEqual(MAX_NODE_LINE);
  });

  it('is drawn in a box no wider than any other, and given whole in the tooltip, accessible name and table', () => {
    const long = { ...dataset, companies: dataset.companies.map((c) => (c.id === 'nissan' ? { ...c, name: LONG } : c)) };
    const diagram = ownershipDiagram(long, 2023, 'wide', null, en, freeSpot);
    const nissan = diagram.nodes.find((n) => n.id === 'nissan')!;
    expect(nissan.box.x1 - nissan.box.x0).toBeLessThanOrEqual(MAX_NODE_LINE + 18);
    expect([nodeDetails(long, 2023, 'nissan', en).title, nodeAriaLabel(long, 2023, 'nissan', en).startsWith(LONG)]).toEqual([LONG, true]);
    expect(ownershipTable(long, 2023, en).rows.some((row) => Object.values(row).includes(LONG))).toBe(true);
  });
});
