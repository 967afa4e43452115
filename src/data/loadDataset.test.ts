import { afterEach, describe, expect, it, vi } from 'vitest';
import realDataset from '../../public/data/alliance.json';
import { fileDigest } from './fileDigest';
import { isShippedDataset, loadDataset } from './loadDataset';

describe('fileDigest', () => {
  it('is the SHA-256 of the text, in hex', async () => {
    expect(await fileDigest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('loadDataset and the file the build validated', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.doUnmock('./checkDataset');
    vi.doUnmock('./parseDataset');
  });
  const serve = (text: string) => vi.stubGlobal('fetch', vi.fn(async () => new Response(text, { status: 200 })));
  const text = JSON.stringify(realDataset);

  it('takes the shipped file as it is: same digest, no second validation, and it may be hydrated', async () => {
    serve(text);
    const dataset = await loadDataset('/data/alliance.json', undefined, await fileDigest(text));
    expect(dataset.salesTotals).toEqual(realDataset.salesTotals);
    expect(isShippedDataset(dataset)).toBe(true);
  });

  it('validates a file changed since the build, and does not hydrate from it', async () => {
    const changed = JSON.stringify({ ...realDataset, salesTotals: realDataset.salesTotals.slice(1) });
    serve(changed);
    const dataset = await loadDataset('/data/alliance.json', undefined, await fileDigest(text));
    expect(dataset.salesTotals).toHaveLength(realDataset.salesTotals.length - 1);
    expect(isShippedDataset(dataset)).toBe(false);
  });

  it('refuses a broken file whose digest is not the shipped one, naming the path', async () => {
    serve(JSON.stringify({ ...realDataset, sales: [{ ...realDataset.sales[0], units: 'abc' }] }));
    await expect(loadDataset('/data/alliance.json', undefined, await fileDigest(text))).rejects.toMatchObject({
      name: 'DatasetError',
      details: ['sales[0].units: expected number, got "abc"'],
    });
  });

  /** Loads loadDataset afresh, recording which of the validator's chunks it imports. */
  async function loaderRecordingChunks() {
    vi.resetModules();
    const asked: string[] = [];
    vi.doMock('./checkDataset', async (importOriginal) => {
      asked.push('compiled check');
      return importOriginal();
    });
    vi.doMock('./parseDataset', async (importOriginal) => {
      asked.push('zod');
      return importOriginal();
    });
    const { loadDataset: load } = await import('./loadDataset');
    return { load, asked };
  }

  it('with no shipped file named, asks for the compiled check while the file is still on its way, and never for zod when the file passes', async () => {
    const { load, asked } = await loaderRecordingChunks();
    let respond: (response: Response) => void = () => {};
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (respond = resolve))));
    const loading = load('/data/alliance.json');
    await vi.waitFor(() => expect(asked).toEqual(['compiled check']));
    respond(new Response(text, { status: 200 }));
    expect((await loading).salesTotals).toEqual(realDataset.salesTotals);
    expect(asked).toEqual(['compiled check']);
  });

  it('loads zod to word what is wrong with a file the compiled check refuses', async () => {
    const { load, asked } = await loaderRecordingChunks();
    serve(JSON.stringify({ ...realDataset, sales: [{ ...realDataset.sales[0], units: 'abc' }] }));
    await expect(load('/data/alliance.json')).rejects.toMatchObject({ name: 'DatasetError', details: ['sales[0].units: expected number, got "abc"'] });
    expect(asked).toEqual(['compiled check', 'zod']);
  });

  it('reports a validator that cannot be downloaded as a network failure, with the cause', async () => {
    vi.resetModules();
    vi.doMock('./checkDataset', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    serve(text);
    const { loadDataset: load } = await import('./loadDataset');
    await expect(load('/data/alliance.json')).rejects.toMatchObject({
      name: 'DatasetError',
      messageId: 'errors.data.network',
      details: [expect.stringContaining('Error')],
    });
  });

  it('validates everything when the page names no shipped file (development, tests)', async () => {
    serve(JSON.stringify({ ...realDataset, sales: 'none' }));
    await expect(loadDataset('/data/alliance.json')).rejects.toMatchObject({ name: 'DatasetError' });
  });
});
