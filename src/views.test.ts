import { preloadViews, viewsDrawnLater, VIEWS } from './views';

describe('preloadViews', () => {
  const spies = () => VIEWS.map((view) => vi.spyOn(view.code, 'preload').mockResolvedValue(undefined));
  afterEach(() => vi.restoreAllMocks());

  it('fetches every view for the dashboard', () => {
    const preloads = spies();
    preloadViews(null);
    expect(preloads.map((p) => p.mock.calls.length)).toEqual([1, 1, 1, 1]);
  });

  it('fetches only the view one chart’s page or embed shows', () => {
    const preloads = spies();
    preloadViews('ownership');
    expect(preloads.map((p) => p.mock.calls.length)).toEqual([0, 0, 1, 0]);
  });
});

describe('viewsDrawnLater', () => {
  afterEach(() => vi.restoreAllMocks());
  // The stalled-line limit resolves with nothing; the views' own settling resolves with their outcomes (an array).
  const salesLater = () => {
    const sales = VIEWS.find((view) => view.chart === 'sales');
    let settle: (ok: boolean) => void = () => {};
    const spy = vi.spyOn(sales as { drawnLater: () => Promise<unknown> }, 'drawnLater').mockImplementation(() => new Promise((resolve, reject) => (settle = (ok) => (ok ? resolve('in') : reject(new Error('offline'))))));
    return { spy, settle: (ok: boolean) => settle(ok) };
  };

  it('waits for what the sales card swaps in, on the dashboard and on the sales page, and goes on once it is in', async () => {
    for (const chart of [null, 'sales'] as const) {
      const { settle } = salesLater();
      let settled = false;
      const waiting = viewsDrawnLater(chart).then((outcome) => (settled = Array.isArray(outcome)));
      for (let tick = 0; tick < 10; tick += 1) await Promise.resolve();
      expect(settled).toBe(false);
      settle(true);
      await waiting;
      expect(settled).toBe(true);
      vi.restoreAllMocks();
    }
  });

  it('goes on when that load fails (offline), and waits for nothing on another chart’s page', async () => {
    const { spy, settle } = salesLater();
    const waiting = viewsDrawnLater(null);
    settle(false);
    await expect(waiting).resolves.toBeInstanceOf(Array);
    await expect(viewsDrawnLater('ev')).resolves.toBeInstanceOf(Array);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('leaves no timer behind once the views settle, and settles with nothing after the limit when they do not', async () => {
    vi.useFakeTimers();
    try {
      const { settle } = salesLater();
      const waiting = viewsDrawnLater(null);
      expect(vi.getTimerCount()).toBe(1);
      settle(true);
      await expect(waiting).resolves.toBeInstanceOf(Array);
      expect(vi.getTimerCount()).toBe(0);

      salesLater();
      const stalled = viewsDrawnLater(null);
      await vi.advanceTimersByTimeAsync(10_000);
      await expect(stalled).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
