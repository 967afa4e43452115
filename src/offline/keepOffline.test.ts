import { keepOffline } from './keepOffline';

/** A service worker (an EventTarget with a state) the test moves from state to state. */
function fakeWorker(state: ServiceWorkerState = 'installing') {
  const worker = Object.assign(new EventTarget(), { state });
  const change = (next: ServiceWorkerState) => {
    worker.state = next;
    worker.dispatchEvent(new Event('statechange'));
  };
  return { worker: worker as unknown as ServiceWorker, change };
}

/** A container whose register() the test answers, and whose controller it sets (announcing it as the browser does). */
function fakeContainer(register: () => Promise<unknown>, controller: unknown = null) {
  const container = Object.assign(new EventTarget(), { controller, register: vi.fn(register) });
  const takeOver = () => {
    container.controller = {};
    container.dispatchEvent(new Event('controllerchange'));
  };
  return { container: container as unknown as ServiceWorkerContainer, register: container.register, takeOver };
}

const settled = <T,>(promise: Promise<T>): Promise<T | 'pending'> => Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 20))]);
const held = () => Promise.resolve(true);

describe('keepOffline', () => {
  it('registers the worker for the page’s base and resolves true once it is in charge and the build is in its copy', async () => {
    const { worker, change } = fakeWorker();
    const { container, register, takeOver } = fakeContainer(() => Promise.resolve({ installing: worker }));
    let isHeld = false;
    const kept = keepOffline(container, '/atlas/sw.js', '/atlas/', () => Promise.resolve(isHeld));
    change('installed');
    expect(await settled(kept)).toBe('pending');
    expect(register).toHaveBeenCalledWith('/atlas/sw.js', { scope: '/atlas/' });
    isHeld = true;
    takeOver();
    expect(await kept).toBe(true);
  });

  it('resolves false when installing fails (the worker becomes redundant): the caller falls back', async () => {
    const { worker, change } = fakeWorker();
    const kept = keepOffline(fakeContainer(() => Promise.resolve({ installing: worker })).container, '/sw.js', '/', held);
    change('installed');
    expect(await settled(kept)).toBe('pending');
    change('redundant');
    expect(await kept).toBe(false);
  });

  it('with an older build’s worker in charge, resolves true once the newer one has installed this build’s files, and not before', async () => {
    const { worker, change } = fakeWorker();
    let isHeld = false;
    const kept = keepOffline(fakeContainer(() => Promise.resolve({ installing: worker }), {}).container, '/sw.js', '/', () => Promise.resolve(isHeld));
    expect(await settled(kept)).toBe('pending');
    isHeld = true;
    change('installed');
    expect(await kept).toBe(true);
  });

  it('resolves true at once for a page its build’s worker is in charge of, and false after the limit when the copy never holds the build', async () => {
    expect(await keepOffline(fakeContainer(() => Promise.resolve({ active: {} }), {}).container, '/sw.js', '/', held)).toBe(true);
    expect(await keepOffline(fakeContainer(() => Promise.resolve({ active: {} }), {}).container, '/sw.js', '/', () => Promise.resolve(false), 30)).toBe(false);
  });

  it('resolves false with no service workers, a failed registration, nothing registered, or an active worker not in charge of the page', async () => {
    expect(await keepOffline(undefined, '/sw.js', '/', held)).toBe(false);
    expect(await keepOffline(fakeContainer(() => Promise.reject(new Error('SecurityError'))).container, '/sw.js', '/', held)).toBe(false);
    expect(await keepOffline(fakeContainer(() => Promise.resolve(undefined)).container, '/sw.js', '/', held)).toBe(false);
    expect(await keepOffline(fakeContainer(() => Promise.resolve({ active: fakeWorker('activated').worker })).container, '/sw.js', '/', held)).toBe(false);
  });
});
