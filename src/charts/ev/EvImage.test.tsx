import type { IntlShape } from 'react-intl';
import { intlFor } from '../../i18n/intl';
import { eachImageSize, exportedChart, textFills } from '../../test/exportedChart';
import { smallDataset, smallDatasetTheme } from '../../test/smallDataset';
import { darkTheme, type Theme } from '../../theme/tokens';
import { evCursor } from './cursor';
import { EvImage } from './EvSvg';
import { evLines, evMarkers, evWindow } from './model';

const en = intlFor('en');

const BRANDS = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];

function evImage(width: number, theme: Theme, at: number | null = null, intl: IntlShape = en) {
  const months = evWindow(smallDataset, [2009, 2021])!;
  const lines = evLines(smallDataset, BRANDS, months, intl);
  const markers = evMarkers(smallDataset, BRANDS, months, intl);
  const cursor = at === null ? null : evCursor(lines, months, at, intl);
  return exportedChart((w, t) => <EvImage lines={lines} markers={markers} months={months} scale="linear" cursor={cursor} targets={[]} width={w} theme={t} />, width, smallDatasetTheme(theme), intl);
}

describe('the EV chart in an exported image (the Nissan Leaf: eight milestones, one launch)', () => {
  eachImageSize((width, theme) => {
    it('draws one step line, a dot per milestone and the launch marker', () => {
      const chart = evImage(width, theme);
      expect(chart.querySelectorAll('g.ev-series > path[stroke-linejoin="round"]')).toHaveLength(1);
      expect(chart.querySelectorAll('circle.ev-dot')).toHaveLength(8);
      expect(chart.querySelectorAll('line.ev-marker-line')).toHaveLength(1);
      expect(chart.getAttribute('width')).toBe(String(width));
    });

    it('writes ticks in the muted token, the line label and launch in Nissan’s colour, over a halo of the surface', () => {
      const chart = evImage(width, theme);
      const nissan = smallDatasetTheme(theme).brand.get('Nissan')!.toUpperCase();
      const fills = textFills(chart);
      expect(fills.find((t) => /^20\d\d$/.test(t.text))?.fill).toBe(theme.muted.toUpperCase());
      const labels = [...chart.querySelectorAll('text.ev-label, text.ev-marker-label')];
      expect(labels.length).toBe(2);
      for (const label of labels) {
        expect(label.getAttribute('fill')?.toUpperCase()).toBe(nissan);
        expect([label.getAttribute('stroke'), label.getAttribute('paint-order'), label.getAttribute('font-size')]).toEqual([theme.surface, 'stroke', '12']);
      }
      expect(fills.filter((t) => t.fill !== theme.muted.toUpperCase() && t.fill !== nissan)).toEqual([]);
    });
  });

  it('draws the cursor year with the Leaf’s reading as of then: 250,000 by December 2016', () => {
    const chart = evImage(900, darkTheme, 2016);
    expect([...chart.querySelectorAll('.ev-cursor-label')].map((t) => t.textContent)).toEqual(['Leaf 250,000']);
  });

  it('writes its axes in the page’s language, as the screen does (they were English in every language)', () => {
    const ticks = (intl?: IntlShape) => [...evImage(900, darkTheme, null, intl).querySelectorAll('text.ev-tick')].map((t) => t.textContent);
    const [en, fr, ja] = [undefined, intlFor('fr'), intlFor('ja')].map(ticks);
    expect(en?.slice(0, 7)).toEqual(['0', '100K', '200K', '300K', '400K', '500K', '2011']);
    expect(fr?.slice(0, 7)).toEqual(['0', '100\u00a0k', '200\u00a0k', '300\u00a0k', '400\u00a0k', '500\u00a0k', '2011']);
    expect(ja?.slice(0, 7)).toEqual(['0', '10万', '20万', '30万', '40万', '50万', '2011']);
  });

  it('draws the cursor rule under the marks and their labels, so a label’s halo keeps the rule out of its text', () => {
    const chart = evImage(900, darkTheme, 2016);
    const rule = chart.querySelector('line.ev-cursor-line')!;
    const later = (el: Element | null) => el !== null && (rule.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect([later(chart.querySelector('text.ev-label')), later(chart.querySelector('text.ev-marker-label')), later(chart.querySelector('circle.ev-dot'))]).toEqual([true, true, true]);
  });
});
