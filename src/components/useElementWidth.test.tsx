import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInLocale } from '../test/renderWithProviders';
import { CardSkeleton, skeletonWidthOf } from './CardSkeleton';
import { PRINT_WIDTH, SeedWidthContext, useElementWidth } from './useElementWidth';

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

  describe('before its own observer reports', () => {
    // An observer that has not reported yet: what the first render draws.
    class SilentResizeObserver {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    afterEach(() => void vi.unstubAllGlobals());

    it("is the width its card's skeleton had", () => {
      vi.stubGlobal('ResizeObserver', SilentResizeObserver);
      render(
        <SeedWidthContext.Provider value={612}>
          <Measured />
        </SeedWidthContext.Provider>,
      );
      expect(screen.getByText('drawn at 612')).toBeInTheDocument();
    });

    it('is 0 outside a card (nothing is drawn until measured)', () => {
      vi.stubGlobal('ResizeObserver', SilentResizeObserver);
      render(<Measured />);
      expect(screen.getByText('drawn at 0')).toBeInTheDocument();
    });
  });
});

describe('skeletonWidthOf', () => {
  it("is the width a card's skeleton was laid out at, 0 before", () => {
    expect(skeletonWidthOf('ownership')).toBe(0);
    renderInLocale(<CardSkeleton chart="ownership" title="Ownership" />);
    // The test set-up's observer reports 800 px.
    expect(skeletonWidthOf('ownership')).toBe(800);
  });
});

