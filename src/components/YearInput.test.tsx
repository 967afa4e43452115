import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInLocale } from '../test/renderWithProviders';
import { YearInput } from './YearInput';

describe('YearInput', () => {
  it('commits a complete year inside the domain', async () => {
    const onCommit = vi.fn();
    renderInLocale(<YearInput id="year-from" label="From year" value={2011} domain={[1999, 2023]} onCommit={onCommit} />);
    const input = screen.getByLabelText('From year');
    await userEvent.clear(input);
    await userEvent.type(input, '2015');
    expect(onCommit).toHaveBeenLastCalledWith(2015);
  });

  it('says which years are allowed while the text is out of range, and commits nothing', async () => {
    const onCommit = vi.fn();
    renderInLocale(<YearInput id="year-from" label="From year" value={2011} domain={[1999, 2023]} onCommit={onCommit} />);
    const input = screen.getByLabelText('From year');
    await userEvent.clear(input);
    await userEvent.type(input, '2030');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('1999–2023; showing 2011');
    expect(onCommit).not.toHaveBeenCalledWith(2030);
  });
});
