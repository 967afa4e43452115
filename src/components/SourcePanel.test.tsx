import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Dataset, RecordKey } from '../data/schema';
import { useSourcePanel } from '../state/sourcePanel';
import { dataset, renderWithProviders } from '../test/renderWithProviders';
import { SourcePanel } from './SourcePanel';

function indexWhere<K extends RecordKey>(key: K, test: (record: Dataset[K][number]) => boolean, data: Dataset = dataset): number {
  const index = (data[key] as readonly Dataset[K][number][]).findIndex(test);
  if (index < 0) throw new Error(`no ${key} record matches`);
  return index;
}

const nissan2017 = { key: 'sales' as const, index: indexWhere('sales', (r) => r.brand === 'Nissan' && r.year === 2017) };
const ev500kOct = { key: 'evMilestones' as const, index: indexWhere('evMilestones', (r) => r.series === 'alliance' && r.units === 500000 && r.date === '2017-10') };
const ev500kDec = dataset.evMilestones.find((r) => r.series === 'alliance' && r.units === 500000 && r.date === '2017-12');
const renaultNissan434 = { key: 'ownership' as const, index: indexWhere('ownership', (r) => r.holder === 'renault' && r.held === 'nissan' && r.percent === 43.4) };

function open(sourceId: string, record: { key: RecordKey; index: number } | null = null) {
  act(() => useSourcePanel.getState().openSource(sourceId, record));
  return screen.getByRole('dialog');
}

const quotes = (dialog: HTMLElement) => [...dialog.querySelectorAll('blockquote')].map((q) => q.textContent);
const marks = (dialog: HTMLElement) => [...dialog.querySelectorAll('mark')].map((m) => m.textContent);

describe('SourcePanel', () => {
  it('renders no dialog content while closed', () => {
    renderWithProviders(<SourcePanel />);
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('titles the dialog with the source title', () => {
    renderWithProviders(<SourcePanel />);
    open('wiki-alliance', nissan2017);
    expect(screen.getByRole('dialog', { name: 'Renault–Nissan–Mitsubishi Alliance' })).toBeInTheDocument();
  });

  it('shows a sales record’s label and its quote with the number in a mark', () => {
    renderWithProviders(<SourcePanel />);
    const dialog = open('wiki-alliance', nissan2017);
    expect(within(dialog).getByRole('heading', { name: 'Nissan sales, 2017 — 5,816,278 units' })).toBeInTheDocument();
    expect(quotes(dialog)).toEqual(['Nissan — 4,669,981 — 4,940,133 — 5,102,979 — 5,310,064 — 5,421,804 — 5,559,902 — 5,816,278 — 5,653,683']);
    expect(marks(dialog)).toEqual(['5,816,278']);
  });

  it('shows the source metadata with missing fields said to be not stated', () => {
    renderWithProviders(<SourcePanel />);
    const dialog = open('alliance-joint-projects-2023');
    const terms = [...dialog.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(terms).toEqual(['Publisher: Not stated', 'Date: 6 Dec 2023', 'Language: English', 'Kind: News article']);
  });

  it('says where the title is the document’s first sentence, for a document with no headline', () => {
    renderWithProviders(<SourcePanel />);
    const dialog = open('autonews-2017-asia');
    const terms = [...dialog.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(terms[0]).toBe('Title: its first sentence (the document has no headline)');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(/^The company looks toward Asia for growth\.$/);
  });

  it('labels the French source as French and tags its title with lang="fr"', () => {
    renderWithProviders(<SourcePanel />);
    const dialog = open('alpine-us-fr');
    expect(within(dialog).getByText('French')).toBeInTheDocument();
    expect(within(dialog).getByText('— quotes are shown as written, not translated')).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'fr');
  });

  it('shows a French quote as written, tagged lang="fr", with the French-spaced number marked', () => {
    const quote = 'après avoir vendu au détail quelque 262 403 véhicules en 2021';
    const target = { year: 2021, amount: 262403, unit: 'vehicles' as const, period: null, measure: 'sales' as const, label: 'AutoNation retail sales', source: 'alpine-us-fr', quote };
    const data = { ...dataset, targets: [...dataset.targets, target] };
    renderWithProviders(<SourcePanel />, data);
    const dialog = open('alpine-us-fr', { key: 'targets', index: data.targets.length - 1 });
    expect(dialog.querySelector('blockquote')).toHaveAttribute('lang', 'fr');
    expect(quotes(dialog)).toEqual([quote]);
    expect(marks(dialog)).toEqual(['262 403']);
    expect(within(dialog).getByText('Original French text, as written')).toBeInTheDocument();
  });

  it('says "Derived, not stated" for a record with only a note', () => {
    const data = { ...dataset, events: [...dataset.events, { date: '2022', label: 'Exit from Russia', source: 'alpine-us-fr', note: 'Derived from “un retrait coûteux de Russie”.' }] };
    renderWithProviders(<SourcePanel />, data);
    const dialog = open('alpine-us-fr', { key: 'events', index: data.events.length - 1 });
    expect(within(dialog).getByText('Derived, not stated')).toBeInTheDocument();
    expect(quotes(dialog)).toEqual([]);
    expect(within(dialog).getByText('Derived from “un retrait coûteux de Russie”.')).toBeInTheDocument();
  });

  it('shows no disagreement for the 500,000 EV milestone: the table’s Oct 2017 and the prose’s “more than 500,000 by the end of December” both hold', () => {
    renderWithProviders(<SourcePanel />);
    const dialog = open('wiki-alliance', ev500kOct);
    expect([within(dialog).queryByText('Sources disagree'), dialog.querySelector('.source-disagree')]).toEqual([null, null]);
    expect(quotes(dialog)).toEqual(['Oct 2017 — Alliance global EV sales reached 500,000 units.']);
    expect(ev500kDec?.qualifier).toBe('over');
  });

  it('shows Renault’s stake in Nissan as 43.4% and 43.3% side by side as two figures in one source', () => {
    renderWithProviders(<SourcePanel />);
    const dialog = open('wiki-alliance', renaultNissan434);
    expect(within(dialog).getByRole('heading', { name: 'Two figures in one source' })).toBeInTheDocument();
    expect(within(dialog).queryByText('Sources disagree')).toBeNull();
    expect(within(dialog).getByText('The source states this stake with two different figures and does not reconcile them; the first is drawn.')).toBeInTheDocument();
    expect([...dialog.querySelectorAll('.source-compare-date')].map((d) => d.textContent)).toEqual(['43.4% (this record)', '43.3%']);
    expect(marks(dialog)).toEqual(['43.4%', '43.4%', '43.3%']);
    expect(within(dialog).queryByRole('button', { name: 'Show this record' })).toBeNull();
  });

  it('shows no disagreement for a record stated once', () => {
    renderWithProviders(<SourcePanel />);
    const dialog = open('wiki-alliance', nissan2017);
    expect(within(dialog).queryByText(/disagree/)).toBeNull();
  });

  it('lists every record citing a source opened from a figure footer', () => {
    renderWithProviders(<SourcePanel />);
    const dialog = open('autonews-2017-asia');
    expect(within(dialog).getByRole('heading', { name: 'Records citing this source (2)' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: `Target for FY2022 — ${dataset.targets[0]?.label}` })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Jun 2017 — Alliance the world’s largest automaker, January–June 2017: over 5.2 million deliveries' })).toBeInTheDocument();
  });

  it('counts the other records citing the source, leaving out the one shown', () => {
    const cited = ['sales', 'salesTotals', 'evMilestones', 'evLaunches', 'ownership', 'plants', 'events', 'targets'] as const;
    const total = cited.reduce((sum, key) => sum + (dataset[key] as readonly { source: string }[]).filter((r) => r.source === 'wiki-alliance').length, 0);
    renderWithProviders(<SourcePanel />);
    const dialog = open('wiki-alliance', nissan2017);
    expect(within(dialog).getByRole('heading', { name: `Other records citing this source (${total - 1})` })).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Nissan sales, 2017 — 5,816,278 units' })).toBeNull();
  });

  it('highlights a record picked from the list and switches the panel to it', async () => {
    renderWithProviders(<SourcePanel />);
    const dialog = open('wiki-alliance', nissan2017);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tangier plant — 170,000 vehicles a year (planned, one production line, from 2012); 400,000 vehicles a year (planned, no date given)' }));
    const tangier = { key: 'plants', index: indexWhere('plants', (r) => r.id === 'tangier') };
    expect(useSourcePanel.getState().highlightedRecord).toEqual(tangier);
    expect(useSourcePanel.getState().open).toEqual({ sourceId: 'wiki-alliance', record: tangier });
    expect(within(dialog).getByRole('heading', { name: 'Tangier plant — 170,000 vehicles a year (planned, one production line, from 2012); 400,000 vehicles a year (planned, no date given)' })).toHaveFocus();
    expect(marks(dialog)).toEqual(['170,000', '400,000']);
  });

  it('closes on Escape and returns focus to the element focused before opening', async () => {
    renderWithProviders(<><button type="button">Nissan 2017 bar</button><SourcePanel /></>);
    const trigger = screen.getByRole('button', { name: 'Nissan 2017 bar' });
    trigger.focus();
    open('wiki-alliance', nissan2017);
    expect(screen.getByRole('button', { name: 'Close source panel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(useSourcePanel.getState().open).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Renault–Nissan–Mitsubishi Alliance' })).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('returns focus to the first trigger after switching records and then closing', async () => {
    renderWithProviders(<><button type="button">Nissan 2017 bar</button><SourcePanel /></>);
    const trigger = screen.getByRole('button', { name: 'Nissan 2017 bar' });
    trigger.focus();
    const dialog = open('wiki-alliance', nissan2017);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tangier plant — 170,000 vehicles a year (planned, one production line, from 2012); 400,000 vehicles a year (planned, no date given)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close source panel' }));
    expect(useSourcePanel.getState().open).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('closes when the dialog fires cancel (the browser’s Escape)', () => {
    renderWithProviders(<SourcePanel />);
    const dialog = open('wiki-alliance');
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(useSourcePanel.getState().open).toBeNull();
  });

  it('renders quotes and labels as text, never as markup', () => {
    const quote = '<img src=x onerror=alert(1)> 5,816,278';
    const data = { ...dataset, sales: dataset.sales.map((r, i) => (i === nissan2017.index ? { ...r, quote } : r)) };
    renderWithProviders(<SourcePanel />, data);
    const dialog = open('wiki-alliance', nissan2017);
    expect(dialog.querySelector('img')).toBeNull();
    expect(quotes(dialog)).toEqual([quote]);
  });

  it.each([
    ['fr', 'Nissan : ventes 2017 — 5 816 278 véhicules', 'Deux chiffres dans une même source', 'Tanger (usine) — 170 000 véhicules par an (prévue, une ligne de production, à partir de 2012) ; 400 000 véhicules par an (prévue, sans date)'],
    ['ja', 'Nissanの販売台数（2017年） — 581万6,278台', '1つの出典に2つの数値', 'タンジェ工場 — 年間17万台（計画、1本の生産ライン、2012年から）／年間40万台（計画、時期の記載なし）'],
  ] as const)('words the record, its disagreement and the records citing the source in %s (the city too), the quote as written', (lang, heading, dispute, plant) => {
    const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');
    renderWithProviders(<SourcePanel />, dataset, lang);
    let dialog = open('wiki-alliance', nissan2017);
    expect(plain(dialog.querySelector('.source-record-title')!.textContent)).toBe(heading);
    expect(quotes(dialog)).toEqual(['Nissan — 4,669,981 — 4,940,133 — 5,102,979 — 5,310,064 — 5,421,804 — 5,559,902 — 5,816,278 — 5,653,683']);
    expect([...dialog.querySelectorAll('.source-citing-item')].map((b) => plain(b.textContent))).toContain(plant);
    dialog = open('wiki-alliance', renaultNissan434);
    expect(dialog.querySelector('.source-disagree-title')).toHaveTextContent(dispute);
  });
});
