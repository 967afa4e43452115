import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFilters } from '../state/filters';
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

describe('the filter bar’s compare select', () => {
  const select = () => screen.getByRole('combobox', { name: 'Compare with' }) as HTMLSelectElement;

  it('offers every year of the dataset but the cursor’s, and sets the year every view compares with', async () => {
    renderWithProviders(<FilterBar bands={timelineBands(dataset)} />, dataset);
    const offered = [...select().options].map((option) => option.value);
    expect([offered[0], offered[1], offered.at(-1), offered.length]).toEqual(['', '1999', '2022', 25]);
    await userEvent.selectOptions(select(), '2016');
    expect([useFilters.getState().vs, select().value]).toEqual([2016, '2016']);
    // The timeline's key says what the dashed mark is and which views answer to it.
    expect(screen.getByText('Comparing 2016 with 2023: every view shows what changed between them')).toBeInTheDocument();
    await userEvent.selectOptions(select(), '');
    expect(useFilters.getState().vs).toBeNull();
    // Only the years the filter shows: a compare year outside them compares nothing.
    act(() => useFilters.getState().setYearRange([2010, 2016]));
    expect([...select().options].map((option) => option.value)).toEqual(['', '2010', '2011', '2012', '2013', '2014', '2015']);
  });

  it('marks the compare year on the timeline with a flag, moved aside where the cursor’s flag would cover it', async () => {
    renderWithProviders(<FilterBar bands={timelineBands(dataset)} />, dataset);
    const mark = () => document.querySelector('.timeline-compare');
    expect(mark()).toBeNull();
    await userEvent.selectOptions(select(), '2016');
    const flag = (selector: string) => document.querySelector<HTMLElement>(selector)?.style.transform ?? null;
    expect([mark()?.getAttribute('style'), mark()?.textContent, flag('.timeline-compare-label'), flag('.timeline-at-label')]).toEqual(['left: 70.833%;', '2016', '', '']);
    // Beside the cursor (2023) at the end of the track (800 px in these tests), the two flags move apart, 2023's stopped by the rail's end.
    await userEvent.selectOptions(select(), '2022');
    expect([mark()?.getAttribute('style'), mark()?.textContent, flag('.timeline-compare-label'), flag('.timeline-at-label')]).toEqual([
      'left: 95.833%;', '2022', 'translateX(calc(-50% + -22.7px))', 'translateX(calc(-50% + -4.0px))',
    ]);
  });
});
