import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { RovingMarks, useRovingStops } from './rovingMarks';

/** `generation`: a new one draws every mark as a new element under the same key (React remounts them). */
function Marks({ ids, onRender, generation = 0 }: { ids: readonly number[]; onRender?: () => void; generation?: number }) {
  onRender?.();
  const stops = useRovingStops();
  return (
    <svg>
      {ids.map((i) => (
        <rect key={`${generation} ${i}`} {...stops(`mark ${i}`)} role="button" aria-label={`mark ${i}`} />
      ))}
    </svg>
  );
}

function Chart({ ids = [0, 1, 2, 3] }: { ids?: readonly number[] }) {
  return (
    <>
      <button type="button">before</button>
      <RovingMarks>
        <Marks ids={ids} />
      </RovingMarks>
      <button type="button">after</button>
    </>
  );
}

const focus = (name: string) => act(() => screen.getByRole('button', { name }).focus());

/** Presses each step's keys in turn: the mark each lands on. */
async function landings(steps: readonly (readonly [keys: string, lands: string])[]): Promise<string[]> {
  const landed: string[] = [];
  for (const [keys] of steps) {
    await userEvent.keyboard(keys);
    landed.push(document.activeElement?.getAttribute('aria-label') ?? '');
  }
  return landed;
}

/** The tab stops, in order: what Tab walks through. */
const tabStops = () =>
  screen.getAllByRole('button').filter((el) => el.getAttribute('tabindex') !== '-1').map((el) => el.getAttribute('aria-label') ?? el.textContent);

describe('RovingMarks', () => {
  it('leaves one tab stop for the whole chart: its first mark', () => {
    render(<Chart />);
    expect(tabStops()).toEqual(['before', 'mark 0', 'after']);
  });

  it('Tab goes from before the chart to its first mark and on out of the chart', async () => {
    render(<Chart />);
    focus('before');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'mark 0' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
  });

  it('moves between marks with the arrow keys, Home and End', async () => {
    render(<Chart />);
    focus('mark 0');
    const steps: [keys: string, lands: string][] = [
      ['{ArrowRight}{ArrowRight}', 'mark 2'],
      ['{ArrowLeft}', 'mark 1'],
      ['{ArrowDown}', 'mark 2'],
      ['{End}', 'mark 3'],
      ['{ArrowRight}', 'mark 3'],
      ['{Home}{ArrowUp}', 'mark 0'],
    ];
    expect(await landings(steps)).toEqual(steps.map(([, lands]) => lands));
  });

  // A stacked bar chart draws each series left to right, bottom series first: a year's segments are a column.
  it('moves up and down within a mark’s column, left and right in drawing order', async () => {
    function Grid() {
      const stops = useRovingStops();
      return (
        <svg>
          {['low', 'high'].flatMap((series) => [0, 1, 2].map((year) => (
            <rect key={`${series} ${year}`} {...stops(`${series} ${year}`, String(year))} role="button" aria-label={`${series} ${year}`} />
          )))}
        </svg>
      );
    }
    render(<RovingMarks><Grid /></RovingMarks>);
    focus('low 1');
    const steps: [keys: string, lands: string][] = [
      ['{ArrowUp}', 'high 1'],
      ['{ArrowUp}', 'high 1'],
      ['{ArrowDown}', 'low 1'],
      ['{ArrowDown}', 'low 1'],
      ['{ArrowRight}', 'low 2'],
      ['{ArrowUp}', 'high 2'],
      ['{ArrowLeft}', 'high 1'],
    ];
    expect(await landings(steps)).toEqual(steps.map(([, lands]) => lands));
  });

  it('remembers the last focused mark as the chart’s tab stop', async () => {
    render(<Chart ids={[0, 1, 2]} />);
    focus('mark 0');
    await userEvent.keyboard('{ArrowRight}');
    expect(tabStops()).toEqual(['before', 'mark 1', 'after']);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'mark 1' })).toHaveFocus();
  });

  it('follows a redraw: marks drawn before the first take the stop, a dropped current mark hands it back to the first', async () => {
    const { rerender } = render(<Chart ids={[1, 2, 3]} />);
    expect(tabStops()).toEqual(['before', 'mark 1', 'after']);
    rerender(<Chart ids={[0, 1, 2, 3]} />);
    expect(tabStops()).toEqual(['before', 'mark 0', 'after']);
    focus('mark 3');
    expect(tabStops()).toEqual(['before', 'mark 3', 'after']);
    rerender(<Chart ids={[0, 1, 2]} />);
    expect(tabStops()).toEqual(['before', 'mark 0', 'after']);
    // The arrow keys step through what is drawn now.
    focus('mark 2');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'mark 2' })).toHaveFocus();
  });

  it('keeps the stop on the focused mark when a redraw draws its element afresh', () => {
    const chart = (generation: number) => (
      <RovingMarks>
        <Marks ids={[0, 1, 2]} generation={generation} />
      </RovingMarks>
    );
    const { rerender } = render(chart(0));
    focus('mark 2');
    rerender(chart(1));
    expect(tabStops()).toEqual(['mark 2']);
  });

  it('leaves one stop when a kept element is handed another mark (Recharts keys its bars by position)', () => {
    function ByPosition({ ids }: { ids: readonly number[] }) {
      const stops = useRovingStops();
      return (
        <svg>
          {ids.map((id, position) => (
            <rect key={position} {...stops(`mark ${id}`)} role="button" aria-label={`mark ${id}`} />
          ))}
        </svg>
      );
    }
    const chart = (ids: readonly number[]) => (
      <RovingMarks>
        <ByPosition ids={ids} />
      </RovingMarks>
    );
    const { rerender } = render(chart([0, 1, 2, 3]));
    focus('mark 2');
    // The range moves on: the element that drew mark 2 now draws mark 4, and mark 2 is drawn by another.
    rerender(chart([1, 2, 3, 4]));
    expect(tabStops()).toEqual(['mark 2']);
  });

  it('finds the first mark in one pass per redraw, not a sort per mark (a chart of thousands of marks)', () => {
    const compare = vi.spyOn(Element.prototype, 'compareDocumentPosition');
    const ids = Array.from({ length: 300 }, (_, i) => i);
    render(<Chart ids={ids} />);
    // One pass compares each mark after the first with the first so far (299); a sort per enrolment made tens of thousands.
    expect(compare.mock.calls.length).toBeLessThan(2 * ids.length);
    expect(tabStops()).toEqual(['before', 'mark 0', 'after']);
    compare.mockRestore();
  });

  it('stays one pass when each mark asks for the stops itself (a sales segment): not a pass per mark', () => {
    function Segment({ i }: { i: number }) {
      const stops = useRovingStops();
      return <rect {...stops(`mark ${i}`)} role="button" aria-label={`mark ${i}`} />;
    }
    const compare = vi.spyOn(Element.prototype, 'compareDocumentPosition');
    const ids = Array.from({ length: 300 }, (_, i) => i);
    render(
      <RovingMarks>
        <svg>{ids.map((i) => <Segment key={i} i={i} />)}</svg>
      </RovingMarks>,
    );
    // Each segment's layout effect settled the stop, each scanning every mark enrolled so far: 44,850 compares
    // for 300 marks, and a 68 s frozen tab for 19,899 segments.
    expect(compare.mock.calls.length).toBeLessThan(2 * ids.length);
    expect(tabStops()).toEqual(['mark 0']);
    compare.mockRestore();
  });

  it('follows marks that a part inside the chart redraws on its own', async () => {
    function SelfDrawn() {
      const [ids, setIds] = useState([1, 2]);
      return (
        <>
          <button type="button" onClick={() => setIds([0, 1, 2])}>
            add mark 0
          </button>
          <Marks ids={ids} />
        </>
      );
    }
    render(
      <RovingMarks>
        <SelfDrawn />
      </RovingMarks>,
    );
    expect(tabStops()).toEqual(['add mark 0', 'mark 1']);
    await userEvent.click(screen.getByRole('button', { name: 'add mark 0' }));
    expect(tabStops()).toEqual(['add mark 0', 'mark 0']);
  });

  it('follows marks redrawn on their own by a part that was only handed the stops', async () => {
    function Handed({ stops }: { stops: ReturnType<typeof useRovingStops> }) {
      const [ids, setIds] = useState([1, 2]);
      return (
        <>
          <button type="button" onClick={() => setIds([0, 1, 2])}>
            add mark 0
          </button>
          <svg>
            {ids.map((i) => (
              <rect key={i} {...stops(`mark ${i}`)} role="button" aria-label={`mark ${i}`} />
            ))}
          </svg>
        </>
      );
    }
    function Asker() {
      return <Handed stops={useRovingStops()} />;
    }
    render(
      <RovingMarks>
        <Asker />
      </RovingMarks>,
    );
    expect(tabStops()).toEqual(['add mark 0', 'mark 1']);
    await userEvent.click(screen.getByRole('button', { name: 'add mark 0' }));
    await waitFor(() => expect(tabStops()).toEqual(['add mark 0', 'mark 0']));
  });

  it('draws its marks once: the tab stop settling on the first mark, or moving with focus, redraws none', async () => {
    // A chart can hold thousands of marks: redrawing them all for one attribute on two of them cost a second
    // render of every chart once it was drawn (784 components after hydration) and one on every arrow key.
    let renders = 0;
    render(
      <RovingMarks>
        <Marks ids={[0, 1, 2]} onRender={() => (renders += 1)} />
      </RovingMarks>,
    );
    expect(tabStops()).toEqual(['mark 0']);
    focus('mark 0');
    await userEvent.keyboard('{ArrowRight}');
    expect(tabStops()).toEqual(['mark 1']);
    expect(renders).toBe(1);
  });

  it('outside a chart every mark is its own tab stop (an image, a mark tested alone)', () => {
    render(<Marks ids={[0, 1]} />);
    expect(tabStops()).toEqual(['mark 0', 'mark 1']);
  });
});
