import { act, screen, waitFor } from '@testing-library/react';
import { useFilters } from '../state/filters';
import { domain, renderInLocale } from '../test/renderWithProviders';
import { FilterAnnouncer } from './FilterAnnouncer';

/** Every text the live region held, in order: what a screen reader would have been given to read. */
function recordAnnouncements(region: HTMLElement): string[] {
  const texts: string[] = [];
  new MutationObserver(() => texts.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  return texts;
}

describe('FilterAnnouncer', () => {
  beforeEach(() => {
    useFilters.setState(useFilters.getInitialState(), true);
    // The App mounts the announcer once the dataset's domain is in the store.
    useFilters.getState().setDomain(domain);
  });

  it('announces a cursor move, once, in one short sentence', async () => {
    renderInLocale(<FilterAnnouncer />);
    const region = screen.getByRole('status');
    const texts = recordAnnouncements(region);
    act(() => useFilters.getState().setAt(2015));
    await waitFor(() => expect(region).toHaveTextContent('Every view as of 2015.'));
    // Past another settle period: nothing more is queued for the same change.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(texts).toEqual(['Every view as of 2015.']);
  });

  it('announces a brand toggle and then a cursor move as two sentences', async () => {
    renderInLocale(<FilterAnnouncer />);
    const region = screen.getByRole('status');
    const texts = recordAnnouncements(region);
    act(() => useFilters.getState().toggleBrand('Nissan'));
    await waitFor(() => expect(region).toHaveTextContent('Nissan off, showing Renault, Mitsubishi and AvtoVAZ.'));
    act(() => useFilters.getState().setAt(2012));
    await waitFor(() => expect(region).toHaveTextContent('Every view as of 2012.'));
    expect(texts).toEqual(['Nissan off, showing Renault, Mitsubishi and AvtoVAZ.', 'Every view as of 2012.']);
  });
});
