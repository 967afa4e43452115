import { QueryClient, onlineManager } from '@tanstack/react-query';
import { MutationCache } from './noMutations';

// The unit tests load react-query through Vite (vite.config.ts, server.deps.inline), so that its QueryClient makes
// this file's cache, as in the build: a react-query upgrade that asks the cache for more fails here.
describe('react-query with the stand-in MutationCache', () => {
  it('is what a QueryClient makes, and answers it as an empty cache: nothing mutating, nothing to resume, clear', async () => {
    const client = new QueryClient();
    expect(client.getMutationCache()).toBeInstanceOf(MutationCache);
    expect(client.isMutating()).toBe(0);
    await expect(client.resumePausedMutations()).resolves.toBeUndefined();
    expect(() => client.clear()).not.toThrow();
  });

  it('takes a browser going offline and back while mounted, which resumes paused mutations, and unmounts', async () => {
    const client = new QueryClient();
    client.mount();
    onlineManager.setOnline(false);
    onlineManager.setOnline(true);
    await client.resumePausedMutations();
    expect(() => client.unmount()).not.toThrow();
  });

  it('refuses to build a mutation, which no page here runs', () => {
    expect(() => new QueryClient().getMutationCache().build(new QueryClient(), { mutationFn: async () => 1 })).toThrow('Alliance Atlas runs no mutations');
  });
});
