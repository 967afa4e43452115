import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFilters } from '../state/filters';
import { renderWithProviders } from '../test/renderWithProviders';
import { LanguageMenu } from './LanguageMenu';

describe('LanguageMenu', () => {
  it('is named in the page language and names each language in itself', () => {
    renderWithProviders(<LanguageMenu />, undefined, 'fr');
    const menu = screen.getByRole('combobox', { name: 'Langue' });
    expect(menu).toHaveValue('fr');
    expect(screen.getAllByRole('option').map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['Français', 'fr'],
      ['日本語', 'ja'],
    ]);
  });
  it('switches the store, the labels and <html lang>', async () => {
    renderWithProviders(<LanguageMenu />);
    expect(document.documentElement.lang).toBe('en');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '日本語');
    expect(useFilters.getState().lang).toBe('ja');
    expect(screen.getByRole('combobox', { name: '言語' })).toHaveValue('ja');
    expect(document.documentElement.lang).toBe('ja');
  });
});
