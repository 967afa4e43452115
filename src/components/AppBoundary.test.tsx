import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { renderInLocale } from '../test/renderWithProviders';
import { AppBoundary } from './AppBoundary';

describe('AppBoundary', () => {
  it('shows what failed outside the charts, in words, and Retry draws the dashboard again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fails = true;
    function Shell() {
      if (fails) throw new RangeError('Maximum call stack size exceeded');
      return <p>The dashboard</p>;
    }
    renderInLocale(<AppBoundary><Shell /></AppBoundary>);
    expect(screen.getByRole('alert')).toHaveTextContent('The dashboard stopped');
    expect(screen.getByRole('alert')).toHaveTextContent('Maximum call stack size exceeded');
    fails = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect([screen.queryByRole('alert'), screen.getByText('The dashboard').tagName]).toEqual([null, 'P']);
  });
});
