import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ExportParts } from '../export/svg';
import { darkTheme } from '../theme/tokens';
import { renderWithProviders } from '../test/renderWithProviders';
import { ExportDialog, type ExportRequest } from './ExportDialog';

const parts: ExportParts = {
  title: 'Sales by brand per year',
  legend: [{ key: 'Nissan', label: 'Nissan', color: '#5AB0EA', brand: 'Nissan' }],
  filterLine: 'Years 2011–2018 · Brands: all brands',
  sourceLine: 'Source: "Renault–Nissan–Mitsubishi Alliance", encyclopedia article · Alliance Atlas',
  theme: darkTheme,
};

function setup() {
  const onExport = vi.fn(async (request: ExportRequest) => void request);
  const onClose = vi.fn();
  renderWithProviders(
    <ExportDialog
      title="Sales by brand per year"
      parts={parts}
      screenChartWidth={600}
      drawing={(width) => `<svg width="${width}" height="300"><rect width="10" height="10" /></svg>`}
      onExport={onExport}
      onClose={onClose}
    />,
  );
  return { user: userEvent.setup(), onExport, onClose };
}

describe('ExportDialog', () => {
  it('opens on the checked format, with 1200 × 675 and light chosen whatever the screen theme', async () => {
    setup();
    expect(screen.getByRole('dialog', { name: 'Export “Sales by brand per year”' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'PNG' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: '1,200 × 675 (social)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(await screen.findByText('2,400 × 1,350 px PNG (1,200 × 675 at 2×)', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('a preset chosen from the keyboard changes the preview size and what is downloaded', async () => {
    const { user, onExport } = setup();
    await user.tab();
    expect(screen.getByRole('radio', { name: '1,200 × 675 (social)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: '680 wide (article column)' })).toBeChecked();
    expect(await screen.findByText(/^1,360 × \d+ px PNG \(680 × \d+ at 2×\)$/, {}, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect(onExport).toHaveBeenCalledTimes(1);
    const request = onExport.mock.calls[0]![0];
    expect([request.format, request.image?.width, request.image?.background, request.variant]).toEqual(['png', 680, '#FFFFFF', `680x${request.image?.height}-light`]);
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded');
  });

  it('clears "Downloaded" once an option changes: it spoke of a file made with the options before', async () => {
    const { user } = setup();
    expect(await screen.findByText('2,400 × 1,350 px PNG (1,200 × 675 at 2×)', {}, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded');
    await user.click(screen.getByRole('radio', { name: 'Custom width' }));
    await user.clear(screen.getByRole('textbox', { name: /Width in pixels/ }));
    await user.type(screen.getByRole('textbox', { name: /Width in pixels/ }), '99999');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('refuses a custom width outside 320–4000 with a message and no download', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Custom width' }));
    const field = screen.getByRole('textbox', { name: /Width in pixels/ });
    await user.clear(field);
    await user.type(field, '319');
    expect(field).toHaveAccessibleDescription('319 px is outside 320–4,000 px; enter a width in that range.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeDisabled();
    await user.clear(field);
    await user.type(field, '320');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Download PNG' })).toBeEnabled(), { timeout: 10_000 });
  });

  it('transparent background leaves the image without one', async () => {
    const { user, onExport } = setup();
    await user.click(screen.getByRole('radio', { name: 'Transparent' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Download PNG' })).toBeEnabled(), { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect([onExport.mock.calls[0]![0].image?.background, onExport.mock.calls[0]![0].variant]).toEqual([null, '1200x675-light-transparent']);
  });

  it('previews a transparent image on a checkerboard of its theme: a dark image’s light words were unreadable on a light one', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Transparent' }));
    const preview = () => screen.getByRole('img').closest('figure')!;
    await waitFor(() => expect(preview()).toHaveClass('is-transparent'), { timeout: 10_000 });
    expect(preview()).not.toHaveClass('is-dark');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(preview()).toHaveClass('is-transparent', 'is-dark'), { timeout: 10_000 });
  });

  it('says, once transparent is chosen, that labels keep their outline in the theme’s background and for which page', async () => {
    const { user } = setup();
    expect(screen.queryByText(/keep their outline/)).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Transparent' }));
    expect(screen.getByRole('radio', { name: 'Transparent' })).toHaveAccessibleDescription('Labels keep their outline in the theme’s background colour, to stay legible over lines: best on a light page.');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(screen.getByText(/keep their outline/)).toHaveTextContent(/best on a dark page\.$/);
  });

  it('CSV needs no drawing and turns the image options off', async () => {
    const { user, onExport } = setup();
    await user.click(screen.getByRole('radio', { name: 'CSV' }));
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(onExport).toHaveBeenCalledWith({ format: 'csv', image: null });
  });

  it('reports a failed download in the status line', async () => {
    const { user, onExport } = setup();
    onExport.mockRejectedValueOnce(new Error('disk full'));
    await user.click(screen.getByRole('radio', { name: 'CSV' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(screen.getByRole('status')).toHaveTextContent('Export failed: disk full');
  });

  it('closes on Escape', async () => {
    const { user, onClose } = setup();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('words its labels in French and Japanese', () => {
    const props = { title: 'Sales', parts, screenChartWidth: 600, drawing: null, onExport: vi.fn(async () => undefined), onClose: vi.fn() };
    const fr = renderWithProviders(<ExportDialog {...props} />, undefined, 'fr');
    expect([
      screen.getByRole('dialog').querySelector('h2')?.textContent,
      screen.getByRole('radio', { name: 'Clair' }).getAttribute('value'),
      screen.getByRole('button', { name: 'Annuler' }).tagName,
    ]).toEqual(['Exporter «\u202fSales\u202f»', 'light', 'BUTTON']);
    fr.unmount();
    renderWithProviders(<ExportDialog {...props} />, undefined, 'ja');
    expect([screen.getByRole('dialog', { name: '「Sales」をエクスポート' }).tagName, screen.getByRole('radio', { name: 'ダーク' }).getAttribute('value')]).toEqual(['DIV', 'dark']);
  });

  it.each([
    ['fr', ['Comme à l’écran', '1 200 × 675 (réseaux sociaux)', '1 080 × 1 080 (carré)', '680 de large (colonne d’article)', 'Largeur personnalisée'], 'Largeur personnalisée', 'Largeur en pixels (320–4 000)', '5 000 px est hors de la plage 320–4 000 px ; saisissez une largeur dans cette plage.', 'Ce graphique n’a encore rien à exporter.'],
    ['ja', ['画面と同じ', '1,200 × 675（SNS向け）', '1,080 × 1,080（正方形）', '幅680（記事のカラム）', '幅を指定'], '幅を指定', '幅（ピクセル、320–4,000）', '5,000 pxは320–4,000 pxの範囲外です。この範囲の幅を入力してください。', 'このグラフにはまだエクスポートする内容がありません。'],
  ] as const)('words its size presets, width refusal and an empty chart in %s', async (lang, presets, custom, widthLabel, refusal, nothing) => {
    const props = { title: 'Sales', parts, screenChartWidth: 600, drawing: null, onExport: vi.fn(async () => undefined), onClose: vi.fn() };
    renderWithProviders(<ExportDialog {...props} />, undefined, lang);
    const user = userEvent.setup();
    const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');
    expect(screen.getAllByRole('radio').filter((r) => r.getAttribute('name')?.endsWith('-size')).map((r) => plain(r.parentElement!.textContent))).toEqual(presets);
    expect(await screen.findByText(nothing, {}, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: custom }));
    const field = screen.getByRole('textbox');
    expect(plain(field.parentElement!.firstChild!.textContent)).toBe(widthLabel);
    await user.clear(field);
    await user.type(field, '5000');
    expect(plain(field.getAttribute('aria-describedby') && document.getElementById(field.getAttribute('aria-describedby')!)!.textContent)).toBe(refusal);
  });
});
