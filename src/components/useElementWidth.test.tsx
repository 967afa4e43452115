import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { useElementWidth } from './useElementWidth';

/** A ResizeObserver the test reports from, as the browser does once per frame after layout. */
class ManualResizeObserver {
  static all: ManualResizeObserver[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {
    ManualResizeObserver.all.push(this);
  }
  observe() {}
  disconnect() {}
  report(width: number) {
    this.callback([{ contentRect: { width } } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
}

function Measured({ name, isChart }: { name: string; isChart: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 0, isChart);
  return <div ref={ref}>{`${name} ${width}`}</div>;
}

describe('useElementWidth', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    ManualResizeObserver.all = [];
    frames = [];
    vi.stubGlobal('ResizeObserver', ManualResizeObserver);
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  });
  afterEach(() => {
    // The frames a test left waiting come, so the next test starts in a fresh frame.
    for (const frame of frames.splice(0)) frame(performance.now());
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('draws the first chart measured in a frame inside it, the next charts after it, and anything else at once', async () => {
    render(
      <>
        <Measured name="timeline" isChart={false} />
        <Measured name="sales" isChart />
        <Measured name="ev" isChart />
      </>,
    );
    const [timeline, sales, ev] = ManualResizeObserver.all;
    // One frame's observer reports, as the browser makes them: outside React's act.
    timeline?.report(300);
    sales?.report(640);
    ev?.report(480);
    expect(screen.getByText('timeline 300')).toBeInTheDocument();
    expect(screen.getByText('sales 640')).toBeInTheDocument();
    expect(screen.getByText('ev 0')).toBeInTheDocument();
    await act(async () => {});
    expect(screen.getByText('ev 480')).toBeInTheDocument();
  });

  it('gives the next frame’s first chart its turn again', async () => {
    render(
      <>
        <Measured name="sales" isChart />
        <Measured name="ev" isChart />
      </>,
    );
    const [sales, ev] = ManualResizeObserver.all;
    sales?.report(640);
    for (const frame of frames.splice(0)) frame(performance.now());
    ev?.report(480);
    expect(screen.getByText('ev 480')).toBeInTheDocument();
  });
});
