import type { IntlShape } from 'react-intl';
import { intlFor } from '../../i18n/intl';
import { eachImageSize, exportedChart, paintOf, textFills } from '../../test/exportedChart';
import { smallDataset, smallDatasetTheme } from '../../test/smallDataset';
import { darkTheme, type Theme } from '../../theme/tokens';
import { OwnershipImage } from './OwnershipSvg';


function ownershipImage(width: number, theme: Theme, brands = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'], intl?: IntlShape) {
  return exportedChart((w, t) => <OwnershipImage dataset={smallDataset} year={2017} changes={null} place={null} brands={brands} width={w} theme={t} />, width, smallDatasetTheme(theme), intl);
}

describe('the ownership diagram in an exported image (2017: four stakes between four companies)', () => {
  eachImageSize((width, theme) => {
    it('draws a box per company and an arrow per stake, no wider than the layout allows', () => {
      const chart = ownershipImage(width, theme);
      expect(chart.querySelectorAll('g.ownership-node')).toHaveLength(4);
      expect(chart.querySelectorAll('path.ownership-edge-line')).toHaveLength(4);
      expect(Number(chart.getAttribute('width'))).toBe(width === 400 ? 400 : 840);
    });

    it('writes company names in the text token and stake labels in their holder’s colour', () => {
      const chart = ownershipImage(width, theme);
      const fills = textFills(chart);
      expect(fills.find((t) => t.text === 'Nissan')?.fill).toBe(theme.text.toUpperCase());
      const labels = [...chart.querySelectorAll('g.ownership-edge-label text')];
      expect(labels).toHaveLength(4);
      const renault = smallDatasetTheme(theme).brand.get('Renault')!.toUpperCase();
      expect(labels.filter((label) => paintOf(label, 'fill') === renault).map((label) => label.textContent)).toEqual(['43.4%']);
    });
  });

  it('writes its stake labels in the page’s language, as the screen does (they were English in every language)', () => {
    const labels = (intl?: IntlShape) => [...ownershipImage(900, darkTheme, undefined, intl).querySelectorAll('g.ownership-edge-label text')].map((t) => t.textContent);
    expect(labels()).toContain('43.4%');
    expect(labels(intlFor('fr'))).toContainEqual(expect.stringMatching(/^43,4\s%$/u));
    expect(labels(intlFor('ja'))).toContain('43.4%');
    expect(labels(intlFor('fr'))).not.toContain('43.4%');
  });

  it('dims a brand switched off in the filter, as the screen does', () => {
    const chart = ownershipImage(900, darkTheme, ['Renault', 'Nissan']);
    const dimmed = [...chart.querySelectorAll('g.ownership-node')].filter((node) => Number(node.getAttribute('opacity')) < 1);
    expect(dimmed.map((node) => node.querySelector('text')?.textContent)).toEqual(['Mitsubishi']);
  });
});
