import { render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import type { SourcesById } from '../../data/sourceIndex';
import { intlConfig } from '../../i18n/intl';
import { sourcesNamed } from '../../test/smallDataset';
import type { EvMarker } from './model';
import { EvTooltip } from './EvTooltip';

const marker: EvMarker = {
  key: 'launch-leaf', recordKey: 'evLaunches', index: 0, date: '2010-12', month: 0, label: 'Leaf', title: 'Nissan Leaf launched',
  brand: 'Nissan', source: 'wiki-alliance', quote: null, note: null,
};

function showMarker(x: number, y: number, width: number, height: number, sourcesById: SourcesById = new Map()) {
  render(
    <IntlProvider {...intlConfig('en')}>
      <EvTooltip active={{ kind: 'marker', marker, x, y }} sourcesById={sourcesById} width={width} height={height} />
    </IntlProvider>,
  );
}

function placed(x: number, y: number, width: number, height: number) {
  showMarker(x, y, width, height);
  const { left, top, width: cardWidth } = screen.getByRole('tooltip').style;
  return { left, top, width: cardWidth };
}

// The mark is a 14 px square round the point; the card is 300 px wide (never wider than the chart), 10 px off.
describe('EvTooltip placement', () => {
  it('goes right of a mark with room there, level with its top less 12 px', () => {
    expect(placed(100, 200, 800, 400)).toEqual({ left: '117px', top: '181px', width: '300px' });
  });
  it('goes left of a mark near the right edge', () => {
    expect(placed(700, 200, 800, 400)).toEqual({ left: '383px', top: '181px', width: '300px' });
  });
  it('on a chart too narrow for either side, sits below the mark, centred on it and inside the chart', () => {
    expect(placed(170, 50, 340, 300)).toEqual({ left: '20px', top: '67px', width: '300px' });
  });
});

describe('EvTooltip source', () => {
  it('names the record’s source by its title', () => {
    showMarker(100, 200, 800, 400, sourcesNamed({ other: 'Another source', 'wiki-alliance': 'The Alliance, by Wikipedia' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Source: The Alliance, by Wikipedia');
  });
  it('names it by its id when the dataset has no source of that id', () => {
    showMarker(100, 200, 800, 400, sourcesNamed({ other: 'Another source' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Source: wiki-alliance');
  });
});
