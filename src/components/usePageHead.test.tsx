import { dataset, renderWithProviders } from '../test/renderWithProviders';
import { intlFor } from '../i18n/intl';
import { usePageHead } from './usePageHead';
import indexHtml from '../../index.html?raw';

const description = () => document.querySelector('meta[name="description"]')?.getAttribute('content');

function Page({ isDashboard }: { isDashboard: boolean }) {
  usePageHead(isDashboard);
  return null;
}

beforeEach(() => {
  const meta = document.createElement('meta');
  meta.name = 'description';
  meta.content = 'index.html';
  document.head.replaceChildren(meta);
  document.title = 'index.html';
});

describe('usePageHead', () => {
  it.each([
    ['fr', 'Alliance Atlas — l’Alliance Renault–Nissan–Mitsubishi en quatre vues liées', /^Alliance Atlas\u202f: ventes, véhicules électriques/],
    ['ja', 'Alliance Atlas — 連動する4つのビューで見る Renault・Nissan・Mitsubishi アライアンス', /^Alliance Atlas：Renault・Nissan・Mitsubishi アライアンスの販売台数/],
  ] as const)('titles and describes the dashboard in %s (index.html and the pre-render hold the English)', (lang, title, words) => {
    renderWithProviders(<Page isDashboard />, dataset, lang);
    expect(document.title).toBe(title);
    expect(description()).toMatch(words);
  });

  it('leaves a one-chart page its chart’s title (useDocumentTitle), and describes it', () => {
    renderWithProviders(<Page isDashboard={false} />, dataset, 'fr');
    expect(document.title).toBe('index.html');
    expect(description()).toMatch(/^Alliance Atlas\u202f: ventes/);
  });

  it('says in English what index.html says, so the page before and after its script agree', () => {
    const en = intlFor('en');
    expect(indexHtml).toContain(`<title>${en.formatMessage({ id: 'app.pageTitle' })}</title>`);
    expect(indexHtml).toContain(`<meta name="description" content="${en.formatMessage({ id: 'app.description' })}" />`);
  });
});
