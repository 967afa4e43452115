import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { TapSourceButton } from './TapSourceButton';

describe('TapSourceButton', () => {
  it.each([
    ['en', 'plant', 'Tap the plant again or Source to read the source', 'Source'],
    ['en', 'arrow', 'Tap the arrow again or Source to read the source', 'Source'],
    ['fr', 'bar', 'Touchez de nouveau la barre ou « Source » pour lire la source', 'Source'],
    ['fr', 'company', 'Touchez de nouveau la société ou « Source » pour lire la source', 'Source'],
    ['ja', 'plant', '工場をもう一度タップするか「出典」を押すと、出典を読めます', '出典'],
    ['ja', 'milestone', 'マイルストーンをもう一度タップするか「出典」を押すと、出典を読めます', '出典'],
    // (Testing Library reads the French no-break spaces inside « » as spaces.)
  ] as const)('in %s, after a tap on a %s, says how to read the source in the page language', (lang, mark, hint, button) => {
    renderWithProviders(<TapSourceButton mark={mark} onSource={() => {}} />, null, lang);
    expect(screen.getByText(hint)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: button })).toBeInTheDocument();
  });

  it('opens the source when its button is pressed', async () => {
    const onSource = vi.fn();
    renderWithProviders(<TapSourceButton mark="target" onSource={onSource} />, null, 'ja');
    await userEvent.click(screen.getByRole('button', { name: '出典' }));
    expect(onSource).toHaveBeenCalledTimes(1);
  });
});
