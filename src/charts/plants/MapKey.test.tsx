import { render } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { lightTheme } from '../../theme/tokens';
import type { MapKeyLayout } from './layout';
import { MapKey } from './MapKey';

const layout: MapKeyLayout = {
  height: 83,
  title: { text: 'Capacity', x: 0, y: 16 },
  circles: [],
  items: [{ symbol: 'new', label: 'dashed ring: opened between 2012 and 2017', lines: ['dashed ring: opened', 'between 2012 and 2017'], x: 118, y: 36, labelX: 128 }],
  lineHeight: 14,
};

describe('MapKey', () => {
  it('draws a wrapped entry’s lines from its label’s start, each a line height under the one before', () => {
    const { container } = render(
      <IntlProvider locale="en">
        <svg>
          <MapKey layout={layout} top={300} width={296} fontSize={11} theme={lightTheme} />
        </svg>
      </IntlProvider>,
    );
    const spans = [...container.querySelectorAll('tspan')].map((t) => [t.textContent, t.getAttribute('x'), t.getAttribute('dy')]);
    expect(spans).toEqual([['dashed ring: opened', '128', '0'], ['between 2012 and 2017', '128', '14']]);
  });
});
