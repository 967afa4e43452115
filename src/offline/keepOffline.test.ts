import { keepOffline } from './keepOffline';

/** A service worker (an EventTarget with a state) and a container that registers it, driven by the test. */
function fakeWorker(state: ServiceWorkerState = 'installing') {
  const worker = Object.assign(new EventTarget(), { state });
  const change = (next: ServiceWorkerState) => {
    worker.state = next;
    worker.dispatchEvent(new Event('statechange'));
  };
  return { worker: worker as unknown as ServiceWorker, change };
}

function fakeContainer(register: () => Promise<unknown>, controller: unknown = null) {
  const container = Object.assign(new EventTarget(), { controller, register: vi.fn(register) });
  return container as unknown as ServiceWorkerContainer & { register: ReturnType<typeof vi.fn>; controller: unknown };
}

const settledWithin = async <T,>(promise: Promise<T>): Promise<T | 'pending'> => Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 20))]);

describe('keepOffline', () => {
  it('registers the worker for the page’s base and resolves true once it controls the page', async () => {
    const { worker } = fakeWorker();
    const container = fakeContainer(() => Promise.resolve({ installing: worker }));
    const kept = keepOffline(container, '/atlas/sw.js', '/atlas/');
    expect(await settledWithin(kept)).toBe('pending');
    expect(container.register).toHaveBeenCalledWith('/atlas/sw.js', { scope: '/atlas/' });
    container.dispatchEvent(new Event('controllerchange'));
    expect(await kept).toBe(true);
  });

  it('resolves false when installing fails (the worker becomes redundant): the caller falls back', async () => {
    const { worker, change } = fakeWorker();
    const kept = keepOffline(fakeContainer(() => Promise.resolve({ installing: worker })), '/sw.js', '/');
    change('installed');
    expect(await settledWithin(kept)).toBe('pending');
    change('redundant');
    expect(await kept).toBe(false);
  });

  it('resolves true at once for a page a worker already controls', async () => {
    expect(await keepOffline(fakeContainer(() => Promise.resolve({ active: {} }), {}), '/sw.js', '/')).toBe(true);
  });

  it('resolves false with no service workers, a failed registration, nothing registered, or an active worker that does not control the page', async () => {
    expect(await keepOffline(undefined, '/sw.js', '/')).toBe(false);
    expect(await keepOffline(fakeContainer(() => Promise.reject(new Error('SecurityError'))), '/sw.js', '/')).toBe(false);
    expect(await keepOffline(fakeContainer(() => Promise.resolve(undefined)), '/sw.js', '/')).toBe(false);
    expect(await keepOffline(fakeContainer(() => Promise.resolve({ active: fakeWorker('activated').worker })), '/sw.js', '/')).toBe(false);
  });
});
