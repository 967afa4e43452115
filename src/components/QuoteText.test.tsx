import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/renderWithProviders';
import { QuoteText } from './QuoteText';

describe('QuoteText', () => {
  it('shows a quoted table row as its cells, not its markdown pipes, with the record’s number marked', () => {
    // A UX review: the source panel showed "| Mar 2019 | Nissan Leaf global sales reached 400,000 units. |".
    renderWithProviders(<QuoteText quote="| Mar 2019 | Nissan Leaf global sales reached 400,000 units. |" numbers={['400000']} lang="en" />);
    const quote = screen.getByText((_, el) => el?.tagName === 'BLOCKQUOTE');
    expect(quote.textContent).toBe('Mar 2019 — Nissan Leaf global sales reached 400,000 units.');
    expect(screen.getByText('400,000').tagName).toBe('MARK');
  });

  it('shows prose as written', () => {
    renderWithProviders(<QuoteText quote="By the end of December 2017, the Alliance achieved | nothing" numbers={[]} lang="en" />);
    expect(screen.getByText((_, el) => el?.tagName === 'BLOCKQUOTE').textContent).toBe('By the end of December 2017, the Alliance achieved | nothing');
  });
});
