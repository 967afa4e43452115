import { worded } from '../test/worded';
import { DASHBOARD_MODE, pageBase, pageModeOf, parsePageMode, withPageMode } from './pageMode';

describe('parsePageMode', () => {
  it('shortens an ignored value by whole characters, never half a surrogate pair', () => {
    expect(parsePageMode(`?chart=${'a'.repeat(39)}${encodeURIComponent('🚗🚗')}`).ignored[0]?.value).toBe(`${'a'.repeat(39)}🚗`);
  });

  it('is the whole dashboard without page keys', () => {
    expect(worded(parsePageMode('?years=2013-2016'))).toEqual({ mode: { chart: null, isEmbed: false, theme: null }, ignored: [] });
  });

  it('reads one chart on its own page, in any case', () => {
    expect(worded(parsePageMode('?chart=EV')).mode).toEqual({ chart: 'ev', isEmbed: false, theme: null });
  });

  it('reads an embed with its theme', () => {
    expect(worded(parsePageMode('?chart=plants&embed=1&theme=dark'))).toEqual({ mode: { chart: 'plants', isEmbed: true, theme: 'dark' }, ignored: [] });
  });

  it('accepts embed=0 as no embed', () => {
    expect(worded(parsePageMode('?chart=sales&embed=0'))).toEqual({ mode: { chart: 'sales', isEmbed: false, theme: null }, ignored: [] });
  });

  it('falls back to the dashboard for an unknown chart and says why', () => {
    expect(worded(parsePageMode('?chart=pie'))).toEqual({
      mode: { chart: null, isEmbed: false, theme: null },
      ignored: [{ key: 'chart', value: 'pie', reason: 'expected one of sales, ev, ownership or plants' }],
    });
  });

  it('uses neither of two charts', () => {
    expect(worded(parsePageMode('?chart=ev&chart=sales'))).toEqual({
      mode: { chart: null, isEmbed: false, theme: null },
      ignored: [{ key: 'chart', value: 'ev,sales', reason: 'repeated; the default is used' }],
    });
  });

  it('refuses an embed without a chart', () => {
    expect(worded(parsePageMode('?embed=1'))).toEqual({
      mode: { chart: null, isEmbed: false, theme: null },
      ignored: [{ key: 'embed', value: '1', reason: 'an embed needs a chart, e.g. chart=ev' }],
    });
  });

  it('refuses an embed value other than 1 or 0', () => {
    expect(worded(parsePageMode('?chart=ev&embed=yes')).ignored).toEqual([{ key: 'embed', value: 'yes', reason: 'expected 1 or 0' }]);
  });

  it('refuses an unknown theme and keeps the rest', () => {
    expect(worded(parsePageMode('?chart=ev&embed=1&theme=sepia'))).toEqual({
      mode: { chart: 'ev', isEmbed: true, theme: null },
      ignored: [{ key: 'theme', value: 'sepia', reason: 'expected one of light or dark' }],
    });
  });

  it('reads page keys with spaces around them, in any case', () => {
    expect(worded(parsePageMode('?chart=%20Ownership%20&embed=%201%20&theme=%20DARK%20')).mode).toEqual({ chart: 'ownership', isEmbed: true, theme: 'dark' });
  });

  it('reports a repeated theme and cuts the joined values to 40 characters', () => {
    expect(worded(parsePageMode(`?theme=${'d'.repeat(30)}&theme=${'l'.repeat(30)}`)).ignored).toEqual([
      { key: 'theme', value: `${'d'.repeat(30)},${'l'.repeat(9)}`, reason: 'repeated; the default is used' },
    ]);
  });

  it('cuts a long hostile value in the notice', () => {
    const { ignored } = worded(parsePageMode(`?chart=${'<script>'.repeat(50)}`));
    expect(ignored[0]!.value).toHaveLength(40);
  });
});

describe('withPageMode', () => {
  it('puts the page keys before the filters', () => {
    expect(withPageMode('?years=2013-2016', { chart: 'ev', isEmbed: true, theme: 'dark' })).toBe('?chart=ev&embed=1&theme=dark&years=2013-2016');
  });

  it('is the filter query alone on the dashboard', () => {
    expect(withPageMode('?years=2013-2016', { chart: null, isEmbed: false, theme: null })).toBe('?years=2013-2016');
  });

  it('is the page keys alone when the filters are the defaults', () => {
    expect(withPageMode('', { chart: 'sales', isEmbed: false, theme: 'light' })).toBe('?chart=sales&theme=light');
  });

  it('is empty for the default dashboard', () => {
    expect(withPageMode('', { chart: null, isEmbed: false, theme: null })).toBe('');
  });

  it('round-trips through the parser', () => {
    const mode = { chart: 'ownership', isEmbed: true, theme: 'light' } as const;
    expect(parsePageMode(withPageMode('?brands=Nissan', mode))).toEqual({ mode, ignored: [] });
  });
});

describe('parsePageMode: defaults', () => {
  it('reads a bare address as the dashboard', () => {
    expect(parsePageMode('').mode).toEqual(DASHBOARD_MODE);
  });

  it('takes embed=0 without a chart as no embed, with nothing to report', () => {
    expect(worded(parsePageMode('?embed=0'))).toEqual({ mode: { chart: null, isEmbed: false, theme: null }, ignored: [] });
  });
});

describe('pageModeOf', () => {
  it('parses an address once: the entry script and the app get the same result', () => {
    const first = pageModeOf('?chart=ev&embed=1&theme=blue');
    expect(pageModeOf('?chart=ev&embed=1&theme=blue')).toBe(first);
    expect(first.mode).toEqual({ chart: 'ev', isEmbed: true, theme: null });
    expect(first.ignored.map((i) => i.key)).toEqual(['theme']);
    expect(pageModeOf('?chart=sales').mode.chart).toBe('sales');
  });
});

describe('pageBase', () => {
  it('is this page’s address without query or fragment, absolute, so a path starting with // stays on this site (as a relative link it named another)', () => {
    const base = pageBase({ href: 'https://atlas.example//evil.example/?chart=ev#top' });
    expect(base).toBe('https://atlas.example//evil.example/');
    expect(new URL(`${base}?brands=Nissan`).origin).toBe('https://atlas.example');
    expect(pageBase({ href: 'https://atlas.example/atlas/?years=2013-2016' })).toBe('https://atlas.example/atlas/');
  });
});
