import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { PRINT_WIDTH, useElementWidth } from './useElementWidth';

function Measured() {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  return <div ref={ref}>drawn at {width}</div>;
}

describe('useElementWidth', () => {
  // The test set-up's ResizeObserver reports 800 px for every element.
  it('is the width the observer reports', () => {
    render(<Measured />);
    expect(screen.getByText('drawn at 800')).toBeInTheDocument();
  });

  it('draws at the paper\'s width while the page prints, and at the screen\'s again after', () => {
    render(<Measured />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByText(`drawn at ${PRINT_WIDTH}`)).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(screen.getByText('drawn at 800')).toBeInTheDocument();
  });
});
