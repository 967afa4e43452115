import { preloadViews, VIEWS } from './views';

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
