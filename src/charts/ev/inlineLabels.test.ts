import { textWidth } from '../../components/textWidth';
import { dataset, domain } from '../../test/renderWithProviders';
import { intlFor } from '../../i18n/intl';
import { EV_LABEL_SIZE } from './halo';
import { evBaseLayout } from './layout';
import { evLines, evMarkers, evWindow } from './model';
import { evTargets } from './targets';

type Segment = [number, number, number, number];

/** A step line's stretches from its vertices, as drawn: level to the next vertex's x, then up to its y. */
const stretchesOf = (vertices: readonly { x: number; y: number }[]): Segment[] =>
  vertices.slice(1).flatMap((b, i) => {
    const a = vertices[i]!;
    return [[a.x, a.y, b.x, a.y], [b.x, a.y, b.x, b.y]] as Segment[];
  });

describe('the seed EV chart’s direct labels', () => {
  // The i-MiEV's one milestone sits where Renault's, Nissan's and the Alliance's lines and two launches' rules
  // crowd the plot's foot: every place beside it meets one of them, and the label takes a place meeting one only.
  // Level and to its right, as before, it crossed Renault's dotted line and dot (a visual review).
  it.each([634, 1000])('meet at most one other line, dot or marker rule each at %i px, and the i-MiEV’s none of Renault’s', (width) => {
    const en = intlFor('en');
    const months = evWindow(dataset, [1999, 2023])!;
    const { layout, vertices } = evBaseLayout(evLines(dataset, domain.brands, months, en), evMarkers(dataset, domain.brands, months, en), months, 'linear', width, evTargets(dataset, months), 'en');
    const crossings: [string, string][] = [];
    for (const label of layout.labels.filter((l) => l.leader === null && l.x < layout.plot.right)) {
      const own = layout.lines.find((l) => l.line.key === label.key)!;
      const w = textWidth(label.text, EV_LABEL_SIZE, own.line.isTotal);
      const [x0, x1] = label.anchor === 'start' ? [label.x, label.x + w] : [label.x - w, label.x];
      const [y0, y1] = [label.y - 6, label.y + 6];
      const meets = ([ax, ay, bx, by]: Segment) => Math.max(ax, bx) > x0 && Math.min(ax, bx) < x1 && Math.max(ay, by) > y0 && Math.min(ay, by) < y1;
      for (const [k, other] of layout.lines.entries()) {
        if (other === own) continue;
        if (stretchesOf(vertices[k] ?? []).some(meets)) crossings.push([label.text, `${other.line.brand}:${other.line.key}'s line`]);
        if (other.dots.some((d) => meets([d.x - 3, d.y - 3, d.x + 3, d.y + 3]))) crossings.push([label.text, `${other.line.brand}:${other.line.key}'s dot`]);
      }
      for (const m of layout.markers) if (meets([m.x, layout.plot.top, m.x, layout.plot.bottom])) crossings.push([label.text, `${m.marker.label}'s rule`]);
    }
    const labels = crossings.map(([label]) => label);
    expect(labels.filter((label, i) => labels.indexOf(label) !== i), `${JSON.stringify(crossings)}`).toEqual([]);
    expect(crossings.filter(([label, mark]) => label === 'i-MiEV' && mark.startsWith('Renault'))).toEqual([]);
  });
});
