import { act, render, screen } from '@testing-library/react';

/** A media list whose `matches` the test flips, telling its listeners as a browser does. */
function fakeMedia(query: string, matches: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    media: query,
    matches,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  return { list, flip: (value: boolean) => { list.matches = value; for (const listener of listeners) listener(); } };
}

async function themedParts(count: number) {
  // A fresh module each time: the lists are kept for the page's life.
  vi.resetModules();
  const { useTheme } = await import('./useTheme');
  // After the reset too: react-query is loaded through Vite (vite.config.ts), and the fresh useTheme reads the fresh copy's context.
  const { QueryClient, QueryClientProvider } = await import('@tanstack/react-query');
  function Part({ n }: { n: number }) {
    return <p>{`${n}:${useTheme().name}`}</p>;
  }
  const client = new QueryClient();
  return render(<QueryClientProvider client={client}>{Array.from({ length: count }, (_, n) => <Part key={n} n={n} />)}</QueryClientProvider>);
}

describe('useTheme and the system colour scheme', () => {
  const original = window.matchMedia;
  afterEach(() => {
    window.matchMedia = original;
  });

  it('asks for each media query once, however many parts render and re-render', async () => {
    const dark = fakeMedia('(prefers-color-scheme: dark)', false);
    const print = fakeMedia('print', false);
    const matchMedia = vi.fn((query: string) => (query === 'print' ? print.list : dark.list) as unknown as MediaQueryList);
    window.matchMedia = matchMedia;
    await themedParts(5);
    expect(screen.getAllByText(/:light$/)).toHaveLength(5);
    act(() => dark.flip(true));
    expect(screen.getAllByText(/:dark$/)).toHaveLength(5);
    expect(matchMedia.mock.calls.map(([query]) => query).sort()).toEqual(['(prefers-color-scheme: dark)', 'print']);
  });

  it('follows the system scheme back and forth, and prints light', async () => {
    const dark = fakeMedia('(prefers-color-scheme: dark)', true);
    const print = fakeMedia('print', false);
    window.matchMedia = ((query: string) => (query === 'print' ? print.list : dark.list)) as unknown as typeof window.matchMedia;
    await themedParts(1);
    expect(screen.getByText('0:dark')).toBeInTheDocument();
    act(() => print.flip(true));
    expect(screen.getByText('0:light')).toBeInTheDocument();
    act(() => print.flip(false));
    expect(screen.getByText('0:dark')).toBeInTheDocument();
    act(() => dark.flip(false));
    expect(screen.getByText('0:light')).toBeInTheDocument();
  });
});
