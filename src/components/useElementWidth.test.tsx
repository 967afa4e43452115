import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInLocale } from '../test/renderWithProviders';
import { cardWidthOf, CardSkeleton } from './CardSkeleton';
import { CardWidthContext, PRINT_WIDTH, useElementWidth } from './useElementWidth';

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

  it("keeps its card's width current, for the next chart that mounts in the card", () => {
    const card = { width: 500 };
    render(
      <CardWidthContext.Provider value={card}>
        <Measured />
      </CardWidthContext.Provider>,
    );
    expect(card.width).toBe(800);
  });

  describe('before its own observer reports', () => {
    // An observer that has not reported yet: what the first render draws.
    class SilentResizeObserver {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    afterEach(() => void vi.unstubAllGlobals());

    it("is the width its card last had", () => {
      vi.stubGlobal('ResizeObserver', SilentResizeObserver);
      render(
        <CardWidthContext.Provider value={{ width: 612 }}>
          <Measured />
        </CardWidthContext.Provider>,
      );
      expect(screen.getByText('drawn at 612')).toBeInTheDocument();
    });

    it('is 0 outside a card', () => {
      vi.stubGlobal('ResizeObserver', SilentResizeObserver);
      render(<Measured />);
      expect(screen.getByText('drawn at 0')).toBeInTheDocument();
    });
  });
});

describe('cardWidthOf', () => {
  it("holds the width a card's skeleton is laid out at", () => {
    const cell = cardWidthOf('ownership');
    cell.width = 0;
    renderInLocale(<CardSkeleton chart="ownership" title="Ownership" />);
    // The test set-up's observer reports 800 px.
    expect(cardWidthOf('ownership')).toEqual({ width: 800 });
  });
});
