import { onlineManager, QueryClient } from '@tanstack/react-query';
import realDataset from '../../public/data/alliance.json';
import { datasetSettled, fetchDataset, watchReconnects } from './useDataset';

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

describe('a load that races the connection coming back', () => {
  const offline = () => Promise.reject(new TypeError('Failed to fetch'));
  // Stopped here, not in the test: the node project shares one worker between files (isolate: false), and a
  // failed assertion must not leave a watcher or a recent reconnect behind for the files after it.
  let stopWatching = () => {};
  const reconnect = () => {
    stopWatching = watchReconnects();
    onlineManager.setOnline(false);
    onlineManager.setOnline(true);
  };
  afterEach(() => {
    stopWatching();
    stopWatching = () => {};
    vi.unstubAllGlobals();
    onlineManager.setOnline(true);
  });

  it('is tried again, twice, when it fails with a network error just after the browser came back online', async () => {
    const fetch = vi.fn(offline);
    vi.stubGlobal('fetch', fetch);
    reconnect();
    await expect(fetchDataset(new QueryClient())).rejects.toMatchObject({ messageId: 'errors.data.network' });
    expect(fetch).toHaveBeenCalledTimes(3);
  }, 10_000);

  it('is not tried again when nothing is watching for reconnects', async () => {
    const fetch = vi.fn(offline);
    vi.stubGlobal('fetch', fetch);
    onlineManager.setOnline(false);
    onlineManager.setOnline(true);
    await expect(fetchDataset(new QueryClient())).rejects.toMatchObject({ messageId: 'errors.data.network' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('is not tried again for a failure that is not the network, nor once the browser is offline again', async () => {
    const busy = vi.fn(async () => new Response('busy', { status: 503 }));
    vi.stubGlobal('fetch', busy);
    reconnect();
    await expect(fetchDataset(new QueryClient())).rejects.toMatchObject({ name: 'DatasetError' });
    expect(busy).toHaveBeenCalledTimes(1);

    const fetch = vi.fn(offline);
    vi.stubGlobal('fetch', fetch);
    onlineManager.setOnline(false);
    await expect(fetchDataset(new QueryClient())).rejects.toMatchObject({ messageId: 'errors.data.network' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
