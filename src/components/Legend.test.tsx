import { renderWithProviders } from '../test/renderWithProviders';
import { Legend } from './Legend';
import { DEFAULT_DASH } from './chartTypes';

describe('Legend', () => {
  it('draws each dashed entry with its mark’s own dashes, so two dashed kinds of line can be told apart', () => {
    const { container } = renderWithProviders(
      <Legend
        label="Key"
        items={[
          { key: 'non-voting', label: 'Non-voting stake', color: '#555', symbol: 'dashed', dash: '7 4' },
          { key: 'planned', label: 'Planned', color: '#555', symbol: 'dashed', dash: '3 3' },
          { key: 'target', label: 'Target', color: '#555', symbol: 'dashed' },
        ]}
      />,
    );
    expect([...container.querySelectorAll('.swatch-dashed line')].map((line) => line.getAttribute('stroke-dasharray'))).toEqual(['7 4', '3 3', DEFAULT_DASH]);
  });
});
