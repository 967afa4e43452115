import { describe, expect, it } from 'vitest';
import { loadOnce } from './loadOnce';

/** A load whose every call is counted and settled by the test: resolve(i, v) or reject(i, e) settles call i. */
function controlledLoad<T>() {
  const calls: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const load = () => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

describe('loadOnce', () => {
  it('does not load until first called, then loads and gives the value', async () => {
    const { load, calls } = controlledLoad<string>();
    const once = loadOnce(load);
    expect([calls.length, once.loaded()]).toEqual([0, undefined]);
    const first = once();
    expect([calls.length, once.loaded()]).toEqual([1, undefined]);
    calls[0]!.resolve('module');
    await expect(first).resolves.toBe('module');
    expect(once.loaded()).toBe('module');
  });

  it('shares one load between calls made while it is pending', async () => {
    const { load, calls } = controlledLoad<number>();
    const once = loadOnce(load);
    const [a, b, c] = [once(), once(), once()];
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(42);
    expect(await Promise.all([a, b, c])).toEqual([42, 42, 42]);
  });

  it('rejects every waiting call on a failure, and the next call loads again', async () => {
    const { load, calls } = controlledLoad<string>();
    const once = loadOnce(load);
    const [a, b] = [once(), once()];
    calls[0]!.reject(new Error('offline'));
    await expect(a).rejects.toThrow('offline');
    await expect(b).rejects.toThrow('offline');
    expect(once.loaded()).toBeUndefined();

    const retry = once();
    expect(calls).toHaveLength(2);
    calls[1]!.resolve('back online');
    await expect(retry).resolves.toBe('back online');
    expect(once.loaded()).toBe('back online');
  });

  it('never loads again after a success', async () => {
    const { load, calls } = controlledLoad<string>();
    const once = loadOnce(load);
    const first = once();
    calls[0]!.resolve('module');
    await first;
    await expect(once()).resolves.toBe('module');
    await expect(once()).resolves.toBe('module');
    expect(calls).toHaveLength(1);
  });

  it('keeps a loaded value that is falsy', async () => {
    const { load, calls } = controlledLoad<number>();
    const once = loadOnce(load);
    const first = once();
    calls[0]!.resolve(0);
    await first;
    await expect(once()).resolves.toBe(0);
    expect([calls.length, once.loaded()]).toEqual([1, 0]);
  });

  it('hands out the load under way without starting one: none before the first call or once it has settled', async () => {
    const { load, calls } = controlledLoad<string>();
    const once = loadOnce(load);
    expect(once.inFlight()).toBeNull();
    const first = once();
    const inFlight = once.inFlight();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve('module');
    await expect(inFlight).resolves.toBe('module');
    await first;
    expect(once.inFlight()).toBeNull();
    const failing = loadOnce(() => Promise.reject(new Error('offline')));
    await expect(failing()).rejects.toThrow('offline');
    expect(failing.inFlight()).toBeNull();
  });
});
