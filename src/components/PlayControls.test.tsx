import { act, fireEvent, screen } from '@testing-library/react';
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
    // The run's own years, not the range's, for as long as it plays: a name that changed each year would be read out each year.
    expect(screen.getByRole('button', { name: 'Pause the years 2003–2023' })).toBeInTheDocument();
    act(() => useFilters.getState().advancePlay());
    expect(useFilters.getState().at).toBe(2004);
    expect(screen.getByRole('button', { name: 'Pause the years 2003–2023' })).toBeInTheDocument();
  });

  it('shows the year beside Pause while playing (for the controls that float on a phone), and pauses on a click elsewhere, not a press that may be a scroll', async () => {
    renderWithProviders(<div><PlayControls /><p>elsewhere</p></div>);
    act(() => useFilters.getState().setAt(2010));
    await userEvent.click(screen.getByRole('button', { name: 'Play the years 2010–2023' }));
    const controls = document.querySelector('.play-controls') as HTMLElement;
    expect([controls.dataset.playing, controls.querySelector('.play-year')?.textContent]).toEqual(['true', '2010']);
    act(() => useFilters.getState().advancePlay());
    expect(controls.querySelector('.play-year')?.textContent).toBe('2011');
    fireEvent.pointerDown(screen.getByText('elsewhere'));
    expect(useFilters.getState().isPlaying).toBe(true);
    fireEvent.click(screen.getByText('elsewhere'));
    expect([useFilters.getState().isPlaying, controls.dataset.playing, controls.querySelector('.play-year')]).toEqual([false, undefined, null]);
  });
});
