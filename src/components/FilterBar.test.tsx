import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataset, renderWithProviders } from '../test/renderWithProviders';
import { FilterBar } from './FilterBar';
import { timelineBands } from './timelineBands';

describe('the filter bar’s brand toggles', () => {
  it('dim the other brands while one is hovered, and stop once it is switched off under the pointer', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FilterBar bands={timelineBands(dataset)} />, dataset);
    const nissan = screen.getByRole('button', { name: 'Nissan' });
    const renault = screen.getByRole('button', { name: 'Renault' });
    await user.hover(nissan);
    expect(renault).toHaveClass('is-dimmed');
    await user.click(nissan);
    expect(nissan).toHaveAttribute('aria-pressed', 'false');
    expect(renault).not.toHaveClass('is-dimmed');
  });
});
