import { QueryClient } from '@tanstack/react-query';

// The unit tests load react-query through Vite (vite.config.ts, server.deps.inline), so its Query takes this
// file's behaviour, as in the build: plain queries still fetch, and an infinite one says it is not run here.
describe('react-query without infinite queries', () => {
  it('fetches a plain query as before', async () => {
    await expect(new QueryClient().fetchQuery({ queryKey: ['plain'], queryFn: async () => 42 })).resolves.toBe(42);
  });

  it('refuses an infinite query, which no page here runs', async () => {
    const fetching = new QueryClient().fetchInfiniteQuery({ queryKey: ['pages'], queryFn: async () => 1, initialPageParam: 0, retry: false });
    await expect(fetching).rejects.toThrow('Alliance Atlas runs no infinite queries');
  });
});
