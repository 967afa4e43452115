import { chartUrl, dashboardUrl, embedSnippet } from './embed';

describe('chartUrl', () => {
  it('links one chart with the filters', () => {
    expect(chartUrl('https://atlas.example/', 'ev', '?years=2013-2016')).toBe('https://atlas.example/?chart=ev&years=2013-2016');
  });

  it('links its embed', () => {
    expect(chartUrl('https://atlas.example/', 'sales', '', { isEmbed: true })).toBe('https://atlas.example/?chart=sales&embed=1');
  });
});

describe('dashboardUrl', () => {
  it('keeps the filters and drops the page keys', () => {
    expect(dashboardUrl('/', '?brands=Nissan')).toBe('/?brands=Nissan');
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet({ src: 'https://atlas.example/?chart=ev&embed=1', title: 'EV "sales" — Alliance Atlas', height: 640 });

  it('starts with an iframe that is lazy, borderless, full width and escaped', () => {
    expect(snippet.split('\n')[0]).toBe(
      '<iframe src="https://atlas.example/?chart=ev&amp;embed=1" title="EV &quot;sales&quot; — Alliance Atlas" loading="lazy" style="width:100%;border:0" height="640"></iframe>',
    );
  });

  it('listens only to the atlas origin and only to the height message', () => {
    expect(snippet).toContain(`if (e.origin !== "https://atlas.example" || !e.data || e.data.type !== 'alliance-atlas:height') return;`);
    expect(snippet).toContain('if (f.contentWindow === e.source) f.height = String(e.data.height);');
  });
});
