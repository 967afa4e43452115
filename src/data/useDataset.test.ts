import { QueryClient } from '@tanstack/react-query';
import realDataset from '../../public/data/alliance.json';
import { datasetSettled, fetchDataset } from './useDataset';

describe('datasetSettled', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the load under way and resolves when it has loaded', async () => {
    let respond: (response: Response) => void = () => {};
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (respond = resolve))));
    const client = new QueryClient();
    const loading = fetchDataset(client);
    let settled = false;
    void datasetSettled(client).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    respond(new Response(JSON.stringify(realDataset), { status: 200 }));
    await loading;
    await vi.waitFor(() => expect(settled).toBe(true));
  });

  it('resolves after a failed load without asking for the file again', async () => {
    const fetch = vi.fn(async () => new Response('busy', { status: 503 }));
    vi.stubGlobal('fetch', fetch);
    const client = new QueryClient();
    await expect(fetchDataset(client)).rejects.toMatchObject({ name: 'DatasetError' });
    await datasetSettled(client);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
