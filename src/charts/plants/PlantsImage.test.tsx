import { eachImageSize, exportedChart, textFills } from '../../test/exportedChart';
import { smallDataset, smallDatasetTheme } from '../../test/smallDataset';
import type { Theme } from '../../theme/tokens';
import { PlantsImage } from './PlantsSvg';

const BRANDS = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];
const FILTERS = { yearRange: [1999, 2023] as const, brands: BRANDS, allBrands: BRANDS, at: 2023, compare: null };

function plantsImage(width: number, theme: Theme) {
  return exportedChart((w, t) => <PlantsImage plants={smallDataset.plants} filters={FILTERS} region="world" countries={undefined} width={w} theme={t} />, width, smallDatasetTheme(theme));
}

describe('the plants map in an exported image (Tangier: vehicles, Zama: batteries, Decherd: engines)', () => {
  eachImageSize((width, theme) => {
    it('draws a symbol per plant in its unit’s shape, at the width asked for, unzoomed', () => {
      const chart = plantsImage(width, theme);
      const marks = [...chart.querySelectorAll('.plant-mark')];
      expect(marks.map((mark) => mark.localName).sort()).toEqual(['circle', 'path', 'rect']);
      expect(chart.getAttribute('width')).toBe(String(width));
      expect(new XMLSerializer().serializeToString(chart)).not.toContain('scale(');
    });

    it('writes plant labels in the text token and the key in text or muted', () => {
      const chart = plantsImage(width, theme);
      const labels = [...chart.querySelectorAll('.plant-labels text')];
      expect(labels.length).toBeGreaterThan(0);
      // The halo is painted under the fill: without paint-order the surface-coloured stroke hides the words.
      for (const label of labels) {
        expect([label.getAttribute('stroke'), label.getAttribute('stroke-width'), label.getAttribute('paint-order')]).toEqual([theme.surface, '3', 'stroke']);
      }
      const fills = textFills(chart);
      expect(fills.filter((t) => t.fill !== theme.text.toUpperCase() && t.fill !== theme.muted.toUpperCase())).toEqual([]);
    });
  });
});
