import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reimportable } from './reimportable';

const CHUNK = 'http://localhost:4173/assets/EvView-bn867Gia.js';
const chromiumFailure = (address: string) => new TypeError(`Failed to fetch dynamically imported module: ${address}`);

/** A load that fails as a browser that keeps failures does, and the addresses imported after it. */
function failingThenImported(loadError: Error, answers: readonly ('ok' | 'fail')[]) {
  const load = vi.fn(() => Promise.reject(loadError));
  const imported: string[] = [];
  const importAddress = (address: string) => {
    imported.push(address);
    return answers[imported.length - 1] === 'ok' ? Promise.resolve({ from: address }) : Promise.reject(chromiumFailure(address));
  };
  return { load, imported, importAddress };
}

describe('reimportable', () => {
  beforeEach(() => vi.stubGlobal('location', new URL('http://localhost:4173/?chart=ev')));
  afterEach(() => vi.unstubAllGlobals());

  it('loads through its own import while that works, and again on each call', async () => {
    const load = vi.fn(() => Promise.resolve({ from: 'bundle' }));
    const importAddress = vi.fn(() => Promise.resolve({}));
    const again = reimportable(load, importAddress);
    await expect(again()).resolves.toEqual({ from: 'bundle' });
    await expect(again()).resolves.toEqual({ from: 'bundle' });
    expect([load.mock.calls.length, importAddress.mock.calls.length]).toEqual([2, 0]);
  });

  it('after a failure naming the chunk, asks for it under a new query each attempt, and keeps the one that loaded', async () => {
    const { load, imported, importAddress } = failingThenImported(chromiumFailure(CHUNK), ['fail', 'ok', 'ok']);
    const again = reimportable(load, importAddress);
    await expect(again()).rejects.toThrow('Failed to fetch dynamically imported module');
    await expect(again()).rejects.toThrow(`${CHUNK}?retry=1`);
    await expect(again()).resolves.toEqual({ from: `${CHUNK}?retry=2` });
    // Later callers share the instance that loaded: the same address, not a third copy.
    await expect(again()).resolves.toEqual({ from: `${CHUNK}?retry=2` });
    expect(imported).toEqual([`${CHUNK}?retry=1`, `${CHUNK}?retry=2`, `${CHUNK}?retry=2`]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("reads Firefox's wording too, and adds to a query the address already has", async () => {
    const address = 'http://localhost:4173/src/i18n/dataTexts/fr.json?raw';
    const { load, imported, importAddress } = failingThenImported(new TypeError(`error loading dynamically imported module: ${address}`), ['ok']);
    const again = reimportable(load, importAddress);
    await expect(again()).rejects.toThrow(TypeError);
    await again();
    expect(imported).toEqual([`${address}&retry=1`]);
  });

  it.each([
    ['names no address (Safari)', new TypeError('Importing a module script failed.')],
    ['names another origin', chromiumFailure('https://elsewhere.example/assets/EvView-bn867Gia.js')],
    ['names something that is not an address', chromiumFailure('not a url')],
    ['is not an Error', 'Failed to fetch dynamically imported module: http://localhost:4173/assets/EvView.js'],
  ])('a failure that %s is tried again through the load itself', async (_, failure) => {
    const load = vi.fn().mockRejectedValueOnce(failure).mockResolvedValueOnce({ from: 'bundle' });
    const importAddress = vi.fn(() => Promise.resolve({}));
    const again = reimportable(load, importAddress);
    await expect(again()).rejects.toBe(failure);
    await expect(again()).resolves.toEqual({ from: 'bundle' });
    expect(importAddress).not.toHaveBeenCalled();
  });

  it('without a page (Node), a failure is tried again through the load', async () => {
    vi.unstubAllGlobals();
    const load = vi.fn().mockRejectedValueOnce(chromiumFailure(CHUNK)).mockResolvedValueOnce({ from: 'bundle' });
    const again = reimportable(load, () => Promise.resolve({}));
    await expect(again()).rejects.toThrow(TypeError);
    await expect(again()).resolves.toEqual({ from: 'bundle' });
  });
});
