import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { useRovingMarks } from './useRovingMarks';

function Chart({ count }: { count: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useRovingMarks(ref);
  return (
    <>
      <button type="button">before</button>
      <div ref={ref}>
        <svg>
          {Array.from({ length: count }, (_, i) => (
            <rect key={i} tabIndex={0} role="button" aria-label={`mark ${i}`} />
          ))}
        </svg>
      </div>
      <button type="button">after</button>
    </>
  );
}

describe('useRovingMarks', () => {
  it('leaves one tab stop for the whole chart', () => {
    render(<Chart count={4} />);
    const stops = screen.getAllByRole('button').filter((el) => el.getAttribute('tabindex') !== '-1');
    expect(stops.map((el) => el.getAttribute('aria-label') ?? el.textContent)).toEqual(['before', 'mark 0', 'after']);
  });

  it('moves between marks with the arrow keys, Home and End', async () => {
    render(<Chart count={4} />);
    screen.getByRole('button', { name: 'mark 0' }).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('button', { name: 'mark 2' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'mark 1' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'mark 3' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'mark 0' })).toHaveFocus();
  });

  it('remembers the last focused mark as the chart’s tab stop', async () => {
    render(<Chart count={3} />);
    screen.getByRole('button', { name: 'mark 0' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'mark 1' })).toHaveFocus();
  });
});
