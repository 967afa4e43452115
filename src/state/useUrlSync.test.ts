import { act, renderHook, waitFor } from '@testing-library/react';
import { smallDataset } from '../test/smallDataset';
import { datasetDomain, useFilters } from './filters';
import { changedKeys, useUrlSync } from './useUrlSync';
import { useThemeChoice } from '../theme/useTheme';

describe('changedKeys', () => {
  it('names a parameter whose value changed', () => {
    expect(changedKeys('?years=2013-2016', '?years=2013-2017')).toEqual(['years']);
  });

  it('names parameters added and removed', () => {
    expect(changedKeys('?years=2013-2016', '?brands=Nissan')).toEqual(['brands', 'years']);
  });

  it('is empty for the same query', () => {
    expect(changedKeys('?ev=log&map=asia', '?ev=log&map=asia')).toEqual([]);
  });
});

describe('useUrlSync reads', () => {
  const domain = datasetDomain(smallDataset);
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('does not re-render for an address with nothing to ignore', () => {
    // A new empty list each read re-rendered the whole App once the page was hydrated.
    let renders = 0;
    const { result, unmount } = renderHook(() => {
      renders += 1;
      return useUrlSync(domain);
    });
    expect(result.current).toEqual([]);
    expect(renders).toBe(1);
    unmount();
  });

  it('returns what it ignored in the address', () => {
    window.history.replaceState(null, '', '/?years=garbage');
    const { result, unmount } = renderHook(() => useUrlSync(domain));
    expect(result.current.map((p) => p.key)).toEqual(['years']);
    unmount();
  });
});

describe('useUrlSync writes', () => {
  const domain = datasetDomain(smallDataset);
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('mirrors the theme chosen to the address, kept by later filter writes; following the system drops it', async () => {
    // A code review: on ?theme=dark, picking Light then a brand wrote theme=dark again, and a reload came back dark.
    window.history.replaceState(null, '', '/?theme=dark');
    useThemeChoice.getState().setChoice('dark');
    const { unmount } = renderHook(() => useUrlSync(domain));
    act(() => useThemeChoice.getState().setChoice('light'));
    act(() => useFilters.getState().toggleBrand('Nissan'));
    await waitFor(() => expect(window.location.search).toBe('?theme=light&brands=Renault,Mitsubishi,AvtoVAZ'));
    act(() => useThemeChoice.getState().setChoice('system'));
    await waitFor(() => expect(window.location.search).toBe('?brands=Renault,Mitsubishi,AvtoVAZ'));
    unmount();
    useThemeChoice.getState().setChoice('system');
  });

  it('writes a change to the address after the change, not while it is made, one history entry per click', async () => {
    const { unmount } = renderHook(() => useUrlSync(domain));
    const entries = window.history.length;
    act(() => useFilters.getState().toggleBrand('Nissan'));
    // The click's own work ends before the history write (a background task).
    expect(window.location.search).toBe('');
    act(() => useFilters.getState().toggleBrand('Renault'));
    await waitFor(() => expect(window.location.search).toBe('?brands=Mitsubishi,AvtoVAZ'));
    expect(window.history.length).toBe(entries + 2);
    unmount();
  });

  // A language whose words failed to download: the page goes back to the one shown. Pushed, that entry sent
  // Back to the failing language, which failed and pushed again: Back could not get past it (a code review).
  it('writes a fall-back to the language shown in place of the entry, not as a new one, and pauses nothing', async () => {
    const { unmount } = renderHook(() => useUrlSync(domain));
    act(() => useFilters.getState().setLang('ja'));
    await waitFor(() => expect(window.location.search).toBe('?lang=ja'));
    const entries = window.history.length;
    act(() => useFilters.getState().fallBackToLang('en'));
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(window.history.length).toBe(entries);
    // Not a choice of the reader's: Play goes on.
    act(() => useFilters.getState().play());
    act(() => useFilters.getState().fallBackToLang('en'));
    expect(useFilters.getState().isPlaying).toBe(true);
    act(() => useFilters.getState().pause());
    unmount();
  });

  it('writes after the frame that shows the change is painted, not before it', async () => {
    const frames: FrameRequestCallback[] = [];
    const requestFrame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const { unmount } = renderHook(() => useUrlSync(domain));
    act(() => useFilters.getState().toggleBrand('Nissan'));
    // Tasks run, but no frame yet: the address waits.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.location.search).toBe('');
    for (const frame of frames.splice(0)) frame(performance.now());
    await waitFor(() => expect(window.location.search).toBe('?brands=Renault,Mitsubishi,AvtoVAZ'));
    requestFrame.mockRestore();
    unmount();
  });

  it('writes without a frame when none comes (a hidden page)', async () => {
    const requestFrame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    const { unmount } = renderHook(() => useUrlSync(domain));
    act(() => useFilters.getState().toggleBrand('Nissan'));
    await waitFor(() => expect(window.location.search).toBe('?brands=Renault,Mitsubishi,AvtoVAZ'));
    requestFrame.mockRestore();
    unmount();
  });

  it('writes one entry for a change still waiting to be written when the store changes again outside the address', async () => {
    const { unmount } = renderHook(() => useUrlSync(domain));
    const entries = window.history.length;
    act(() => useFilters.getState().toggleBrand('Nissan'));
    act(() => useFilters.getState().setHighlighted(['Renault']));
    await waitFor(() => expect(window.location.search).toBe('?brands=Renault,Mitsubishi,AvtoVAZ'));
    expect(window.history.length).toBe(entries + 1);
    unmount();
  });

  it('makes a run of cursor moves one history entry (dragging the year handle), and a click after it another', async () => {
    const { unmount } = renderHook(() => useUrlSync(domain));
    const entries = window.history.length;
    // Back to back, as a drag's steps come (each within the 600 ms of the last, however busy the machine).
    for (const year of [2013, 2014, 2015]) act(() => useFilters.getState().setAt(year));
    await waitFor(() => expect(window.location.search).toBe('?at=2015'));
    act(() => useFilters.getState().toggleBrand('Nissan'));
    await waitFor(() => expect(window.location.search).toBe('?at=2015&brands=Renault,Mitsubishi,AvtoVAZ'));
    expect(window.history.length).toBe(entries + 2);
    unmount();
  });

  it('makes a whole Play run one history entry, so Back returns to where Play started', async () => {
    const { unmount } = renderHook(() => useUrlSync(domain));
    act(() => useFilters.getState().setAt(2012));
    await waitFor(() => expect(window.location.search).toBe('?at=2012'));
    // Past the run of quick edits: Play's first step is a step of its own.
    await new Promise((resolve) => setTimeout(resolve, 700));
    const entries = window.history.length;
    act(() => useFilters.getState().play());
    for (const year of [2013, 2014]) {
      act(() => useFilters.getState().advancePlay());
      await waitFor(() => expect(window.location.search).toBe(`?at=${year}`));
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
    expect(window.history.length).toBe(entries + 1);
    unmount();
  });

  it('drops writes still waiting when Back or Forward lands on another entry', async () => {
    const { unmount } = renderHook(() => useUrlSync(domain));
    const entries = window.history.length;
    act(() => useFilters.getState().toggleBrand('Nissan'));
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(entries);
    // The store follows the entry: all brands again.
    expect(useFilters.getState().brands).toEqual(domain.brands);
    unmount();
  });

  it('takes the theme the entry Back lands on says, so a later write keeps the address and the page agreeing', async () => {
    // A code review: Dark chosen, Back to the bare address, a brand clicked: the page stayed dark while the address lost theme=.
    const { unmount } = renderHook(() => useUrlSync(domain));
    act(() => useThemeChoice.getState().setChoice('dark'));
    await waitFor(() => expect(window.location.search).toBe('?theme=dark'));
    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(useThemeChoice.getState().choice).toBe('system');
    act(() => {
      window.history.replaceState(null, '', '/?theme=light');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(useThemeChoice.getState().choice).toBe('light');
    unmount();
    useThemeChoice.getState().setChoice('system');
  });

  it('writes what is still waiting when the page is left before its frame (a reload, a link)', async () => {
    const { unmount } = renderHook(() => useUrlSync(domain));
    act(() => useFilters.getState().toggleBrand('Nissan'));
    act(() => window.dispatchEvent(new Event('pagehide')));
    expect(window.location.search).toBe('?brands=Renault,Mitsubishi,AvtoVAZ');
    unmount();
  });
});
