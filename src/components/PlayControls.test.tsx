import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFilters } from '../state/filters';
import { renderWithProviders } from '../test/renderWithProviders';
import { PlayControls } from './PlayControls';

describe('PlayControls', () => {
  it('offers to play the whole range from a cursor at its end, and to play on from a cursor left inside it', async () => {
    renderWithProviders(<PlayControls />);
    expect(screen.getByRole('button', { name: 'Play the years 1999–2023' })).toBeInTheDocument();
    act(() => useFilters.getState().setAt(2003));
    await userEvent.click(screen.getByRole('button', { name: 'Play the years 2003–2023' }));
    expect([useFilters.getState().at, useFilters.getState().isPlaying]).toEqual([2003, true]);
    expect(screen.getByRole('button', { name: /^Pause the years/ })).toBeInTheDocument();
  });
});
