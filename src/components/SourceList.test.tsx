import { renderInLocale } from '../test/renderWithProviders';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Source } from '../data/schema';
import { SourceList, SOURCES_SHOWN } from './SourceList';

const source = (i: number): Source => ({ id: `s${i}`, title: `Report ${i}`, file: `s${i}.txt`, language: 'en', kind: 'news' });

describe('SourceList', () => {
  it('lists a few sources in full, with no "Show all"', () => {
    renderInLocale(<SourceList sources={[source(1), source(2)]} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Report 1', 'Report 2']);
  });

  it('caps a long list and shows every source on "Show all"', async () => {
    renderInLocale(<SourceList sources={Array.from({ length: 30 }, (_, i) => source(i + 1))} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(SOURCES_SHOWN + 1);
    expect(buttons.at(-2)).toHaveTextContent('Report 8');
    await userEvent.click(screen.getByRole('button', { name: 'Show all 30 sources' }));
    // The button stays, now to show fewer, and keeps the focus the click gave it.
    const fewer = screen.getByRole('button', { name: 'Show fewer' });
    expect([screen.getAllByRole('button').length, fewer.getAttribute('aria-expanded'), document.activeElement === fewer]).toEqual([31, 'true', true]);
    await userEvent.click(fewer);
    expect([screen.getAllByRole('button').length, screen.getByRole('button', { name: 'Show all 30 sources' }).getAttribute('aria-expanded')]).toEqual([SOURCES_SHOWN + 1, 'false']);
  });

  it('lists exactly SOURCES_SHOWN sources in full, with no button to show more', () => {
    renderInLocale(<SourceList sources={Array.from({ length: SOURCES_SHOWN }, (_, i) => source(i + 1))} />);
    expect(screen.getAllByRole('button')).toHaveLength(SOURCES_SHOWN);
  });
});
