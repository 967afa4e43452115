import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFilters } from '../state/filters';
import { choose, renderWithProviders } from '../test/renderWithProviders';
import { cardTitleId } from './chartTypes';
import { sharePanel } from './onDemand';
import { ShareMenu } from './ShareMenu';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: spy } });
  return spy;
}

/** Opens the menu with Tab and Enter; the clipboard is stubbed after setup, which installs its own. */
async function openWithKeyboard(writeText: (text: string) => Promise<void> = async () => {}) {
  const user = userEvent.setup();
  const spy = stubClipboard(writeText);
  renderWithProviders(
    <>
      <h2 id={cardTitleId('ev')}>Electric vehicles: cumulative sales</h2>
      <ShareMenu chart="ev" title="Electric vehicles: cumulative sales" />
    </>,
  );
  await choose(() => useFilters.getState().setYearRange([2013, 2016]));
  await user.tab();
  expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
  await user.keyboard('{Enter}');
  // The panel's code is a chunk of its own: the actions are there once it is in.
  await screen.findByRole('button', { name: 'Copy link to this chart' });
  return { user, writeText: spy };
}

describe('ShareMenu', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('opens from the keyboard and copies a link to this chart with the filters', async () => {
    const { user, writeText } = await openWithKeyboard();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy link to this chart' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/?chart=ev&years=2013-2016');
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
  });

  it('copies the embed code: iframe and height script', async () => {
    const { user, writeText } = await openWithKeyboard();
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    const code = writeText.mock.calls[0]![0];
    expect(code.split('\n')[0]).toBe(
      '<iframe src="http://localhost:3000/?chart=ev&amp;embed=1&amp;years=2013-2016" title="Electric vehicles: cumulative sales — Alliance Atlas" loading="lazy" style="width:100%;border:0" height="1040"></iframe>',
    );
    expect(code).toContain("e.data.type !== 'alliance-atlas:height'");
    expect(screen.getByRole('status')).toHaveTextContent('Embed code copied');
  });

  it('shows the text selected in a field when the clipboard is refused', async () => {
    const { user } = await openWithKeyboard(async () => { throw new DOMException('denied', 'NotAllowedError'); });
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    const field = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });
    expect(field.value).toMatch(/^<iframe src="http:\/\/localhost:3000\/\?chart=ev&amp;embed=1/);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(screen.getByRole('status')).toHaveTextContent('The browser did not allow copying: the text is selected below');
  });

  it('names its panel for the chart, and the button controls that panel', async () => {
    await openWithKeyboard();
    const panel = screen.getByRole('group', { name: 'Share Electric vehicles: cumulative sales' });
    expect(screen.getByRole('button', { name: 'Share' })).toHaveAttribute('aria-controls', panel.id);
  });

  it('runs the panel’s code as Share is focused, so a keyboard opening shows the actions at once', async () => {
    const preload = vi.spyOn(sharePanel, 'preload');
    const user = userEvent.setup();
    renderWithProviders(<ShareMenu chart="ev" title="Electric vehicles: cumulative sales" />);
    await user.tab();
    expect(preload).toHaveBeenCalled();
    await sharePanel.preload();
    await user.keyboard('{Enter}');
    // No waiting: the panel's code ran while the button had focus.
    expect(screen.getByRole('button', { name: 'Copy link to this chart' })).toBeInTheDocument();
    preload.mockRestore();
  });

  it('closes on Escape and gives focus back to Share', async () => {
    const { user } = await openWithKeyboard();
    await user.tab();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Copy link to this chart' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveAttribute('aria-expanded', 'false');
  });
});
