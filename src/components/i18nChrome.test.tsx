import { act, screen, within } from '@testing-library/react';
import { useSourcePanel } from '../state/sourcePanel';
import { dataset, renderWithProviders } from '../test/renderWithProviders';
import { FilterBar } from './FilterBar';
import { Header } from './Header';
import { LanguageMenu } from './LanguageMenu';
import { SourcePanel } from './SourcePanel';
import { timelineBands } from './timelineBands';
import { datasetCounts } from './datasetCounts';
import { intlFor } from '../i18n/intl';

const alpineEvent = { key: 'events' as const, index: dataset.events.findIndex((e) => e.source === 'alpine-us-fr') };
const jointProjects = { key: 'events' as const, index: dataset.events.findIndex((e) => e.source === 'alliance-joint-projects-2023') };

describe('the header in French and Japanese', () => {
  it.each([
    ['fr', 'Alliance Atlas', '8 années de ventes · 4 marques · 9 usines · 5 sources', 'Langue'],
    ['ja', 'Alliance Atlas', '販売8年分 · 4ブランド · 工場9か所 · 出典5件', '言語'],
  ] as const)('%s', (lang, title, counts, menu) => {
    renderWithProviders(<Header chart={null} counts={datasetCounts(dataset, intlFor(lang))} actions={<LanguageMenu />} />, dataset, lang);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(screen.getByText(counts)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: menu })).toHaveValue(lang);
  });
  it('says a one-chart page is one of the four views, in the page language', () => {
    renderWithProviders(<Header chart="Capacité des usines" counts={null} />, dataset, 'fr');
    expect(screen.getByText(/^L’une des quatre vues liées de l’Alliance Renault–Nissan–Mitsubishi, «\sCapacité des usines\s», seule sur sa page/)).toBeInTheDocument();
  });
  it('says it is loading in the page language', () => {
    renderWithProviders(<Header chart={null} counts={null} />, dataset, 'ja');
    expect(screen.getByText('データを読み込み中…')).toBeInTheDocument();
    expect(screen.getByText(/^Renault・Nissan・Mitsubishi アライアンスを、連動する4つのビューで/)).toBeInTheDocument();
  });
});

describe('the filter bar in French and Japanese', () => {
  it('names its groups, fields, buttons and handles in French', () => {
    renderWithProviders(<FilterBar bands={timelineBands(dataset)} />, dataset, 'fr');
    const bar = screen.getByRole('region', { name: 'Filtres' });
    expect(within(bar).getByRole('group', { name: 'Années' })).toBeInTheDocument();
    expect(within(bar).getByRole('group', { name: 'Marques' })).toBeInTheDocument();
    expect(within(bar).getByRole('spinbutton', { name: 'Année de début' })).toHaveValue(1999);
    expect(within(bar).getByRole('spinbutton', { name: 'Année de fin' })).toHaveValue(2023);
    expect(within(bar).getByRole('spinbutton', { name: 'Année affichée' })).toHaveValue(2023);
    expect(within(bar).getByRole('combobox', { name: 'Comparer avec' })).toHaveDisplayValue('aucune année');
    expect(within(bar).getByRole('button', { name: 'Lecture des années 1999 à 2023' })).toHaveTextContent('▶ Lecture');
    expect(within(bar).getByRole('group', { name: 'Vitesse de lecture' }).textContent).toBe('0,5×1×2×');
    expect(within(bar).getByRole('slider', { name: 'Année affichée dans toutes les vues' })).toHaveAttribute('aria-valuetext', 'En 2023');
    expect(within(bar).getByRole('slider', { name: 'Début de la période' })).toHaveAttribute('aria-valuetext', 'À partir de 1999');
    expect(within(bar).getByText('Ventes 2011–2018')).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Réinitialiser' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Copier le lien' })).toBeInTheDocument();
  });
  it('names them in Japanese', () => {
    renderWithProviders(<FilterBar bands={timelineBands(dataset)} />, dataset, 'ja');
    const bar = screen.getByRole('region', { name: '絞り込み' });
    expect(within(bar).getByRole('spinbutton', { name: '開始年' })).toHaveValue(1999);
    expect(within(bar).getByRole('combobox', { name: '比較する年' })).toHaveDisplayValue('なし');
    expect(within(bar).getByRole('button', { name: '1999～2023年を順に再生' })).toHaveTextContent('▶ 再生');
    expect(within(bar).getByRole('slider', { name: '期間の終了年' })).toHaveAttribute('aria-valuetext', '2023年まで');
    expect(within(bar).getByText('電気自動車 2009～2021年')).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'リセット' })).toBeInTheDocument();
  });
});

describe('the source panel in French and Japanese', () => {
  const open = (sourceId: string, record: typeof alpineEvent | null) => {
    act(() => useSourcePanel.getState().openSource(sourceId, record));
    return screen.getByRole('dialog');
  };

  it('labels a French quote on a French page as the page’s own language, and an English one as English', () => {
    renderWithProviders(<SourcePanel />, dataset, 'fr');
    const dialog = open('alpine-us-fr', alpineEvent);
    expect(within(dialog).getByText('Source')).toBeInTheDocument();
    expect(dialog.querySelector('.source-meta dt')?.textContent).toBe('Éditeur');
    expect(within(dialog).queryByText(/^Texte original/)).toBeNull();
    // The quote is word for word, tagged with its language.
    expect(dialog.querySelector('blockquote')).toHaveAttribute('lang', 'fr');
    expect(dialog.querySelector('blockquote')?.textContent).toBe(dataset.events[alpineEvent.index]!.quote);
    expect(within(dialog).getByRole('button', { name: 'Fermer le panneau des sources' })).toBeInTheDocument();
  });

  it('labels an English quote on a French page with its language, untranslated, and words the metadata in French', () => {
    renderWithProviders(<SourcePanel />, dataset, 'fr');
    const dialog = open('alliance-joint-projects-2023', jointProjects);
    expect(within(dialog).getByText('Texte original en anglais, tel qu’écrit')).toBeInTheDocument();
    expect(dialog.querySelector('blockquote')).toHaveAttribute('lang', 'en');
    expect(dialog.querySelector('blockquote')?.textContent).toBe(dataset.events[jointProjects.index]!.quote);
    const meta = [...dialog.querySelectorAll('.source-meta dt, .source-meta dd')].map((node) => node.textContent);
    expect(meta).toEqual(['Éditeur', 'Non indiqué', 'Date', '6 déc. 2023', 'Langue', `anglais — les citations sont reproduites telles quelles, sans traduction`, 'Type', 'Article de presse']);
    expect(within(dialog).getByRole('heading', { level: 3, name: /^Autres données citant cette source \(\d+\)$/ })).toBeInTheDocument();
  });

  it('words the panel in Japanese and labels the French quote as French', () => {
    renderWithProviders(<SourcePanel />, dataset, 'ja');
    const dialog = open('alpine-us-fr', alpineEvent);
    expect(within(dialog).getByText('出典')).toBeInTheDocument();
    expect(within(dialog).getByText('フランス語の原文（原文のまま）')).toBeInTheDocument();
    expect(dialog.querySelector('blockquote')?.textContent).toBe(dataset.events[alpineEvent.index]!.quote);
    const meta = [...dialog.querySelectorAll('.source-meta dt, .source-meta dd')].map((node) => node.textContent);
    expect(meta).toEqual(['発行元', '記載なし', '日付', '記載なし', '言語', 'フランス語 — 引用は翻訳せず原文のまま表示しています', '種類', 'ニュース記事']);
  });
});
