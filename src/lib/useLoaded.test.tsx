import { act, renderHook, waitFor } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { loadOnce } from './loadOnce';
import { useLoaded } from './useLoaded';

describe('useLoaded', () => {
  afterEach(() => onlineManager.setOnline(true));

  it('gives the value once it arrives, and nothing while it is not wanted', async () => {
    const load = loadOnce(vi.fn(async () => 'words'));
    const { result, rerender } = renderHook(({ wanted }) => useLoaded(load, wanted), { initialProps: { wanted: false } });
    expect(result.current).toBeNull();
    await act(async () => {});
    expect(load.loaded()).toBeUndefined();
    rerender({ wanted: true });
    await waitFor(() => expect(result.current).toBe('words'));
  });

  it('tries a load that failed offline again once the browser is back online', async () => {
    let isReachable = false;
    const fetchChunk = vi.fn(async () => {
      if (!isReachable) throw new TypeError('Failed to fetch dynamically imported module');
      return 'words';
    });
    const load = loadOnce(fetchChunk);
    act(() => onlineManager.setOnline(false));
    const { result } = renderHook(() => useLoaded(load));
    await waitFor(() => expect(fetchChunk).toHaveBeenCalledTimes(1));
    await act(async () => {});
    expect(result.current).toBeNull();
    isReachable = true;
    act(() => onlineManager.setOnline(true));
    await waitFor(() => expect(result.current).toBe('words'));
    expect(fetchChunk).toHaveBeenCalledTimes(2);
  });
});
