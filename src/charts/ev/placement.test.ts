import fc from 'fast-check';
import { cursorPlacement, type CursorInk, type CursorPlate, dodgeInlineLabels, dodgeLabels, inkWeigher, inlineLabelSpot, inlineLeader, markerLabelRows } from './placement';

describe('dodgeLabels', () => {
  it('returns nothing for no labels', () => {
    expect(dodgeLabels([], 14, 0, 300)).toEqual([]);
  });
  it('leaves labels that do not collide where they want to be', () => {
    expect(dodgeLabels([10, 50], 14, 0, 300)).toEqual([10, 50]);
  });
  it('spreads two labels wanting the same place evenly around it', () => {
    expect(dodgeLabels([100, 100], 14, 0, 300)).toEqual([93, 107]);
  });
  it('keeps input order', () => {
    expect(dodgeLabels([107, 100], 14, 0, 300)).toEqual([110.5, 96.5]);
  });
  it('pushes a cluster up from the bottom edge', () => {
    expect(dodgeLabels([295, 300], 14, 0, 300)).toEqual([286, 300]);
  });
  it('shrinks the spacing when the labels cannot all fit', () => {
    expect(dodgeLabels([10, 10, 10], 14, 0, 20)).toEqual([0, 10, 20]);
  });
});

describe('markerLabelRows', () => {
  it('places nothing for no markers', () => {
    expect(markerLabelRows([], 3, 0, 500)).toEqual([]);
  });
  it('puts distant labels on the first row, right of their lines', () => {
    expect(markerLabelRows([{ x: 100, width: 40 }, { x: 300, width: 40 }], 3, 0, 500)).toEqual([
      { row: 0, anchor: 'start', span: [103, 143] },
      { row: 0, anchor: 'start', span: [303, 343] },
    ]);
  });
  it('flips a label left of its line at the right edge', () => {
    expect(markerLabelRows([{ x: 480, width: 50 }], 3, 0, 500)).toEqual([{ row: 0, anchor: 'end', span: [427, 477] }]);
  });
  it('moves a label up a row, still right of its line, when its right side is taken', () => {
    expect(markerLabelRows([{ x: 200, width: 50 }, { x: 190, width: 20 }], 3, 0, 500)[1]).toEqual({ row: 1, anchor: 'start', span: [193, 213] });
  });
  it('flips a label left when its right side is taken on every row', () => {
    expect(markerLabelRows([{ x: 200, width: 50 }, { x: 190, width: 20 }], 1, 0, 500)[1]).toEqual({ row: 0, anchor: 'end', span: [167, 187] });
  });
  it('on a tie leaves out the later label: right-first would drop the third of five, rows one by one the fifth', () => {
    const items = [{ x: 198, width: 25 }, { x: 176, width: 20 }, { x: 251, width: 60 }, { x: 253, width: 69 }, { x: 187, width: 40 }];
    expect(markerLabelRows(items, 3, 0, 300).map((slot) => slot.row)).toEqual([0, 0, 1, 2, null]);
  });
  it('fills the rows one by one where right-first would leave a label out', () => {
    // Right first, the second label takes row 1 ([143, 183]) and the third has no room on either row.
    const items = [{ x: 150, width: 50 }, { x: 140, width: 40 }, { x: 170, width: 40 }];
    expect(markerLabelRows(items, 2, 0, 300)).toEqual([
      { row: 0, anchor: 'start', span: [153, 203] },
      { row: 0, anchor: 'end', span: [97, 137] },
      { row: 1, anchor: 'start', span: [173, 213] },
    ]);
  });
  it('staggers to a higher row that no line crosses', () => {
    expect(markerLabelRows([{ x: 100, width: 40 }, { x: 60, width: 60 }], 3, 0, 500)[1]).toEqual({ row: 1, anchor: 'start', span: [63, 123] });
  });
  it('lets a line cross a label when no clear slot is left', () => {
    expect(markerLabelRows([{ x: 100, width: 50 }, { x: 120, width: 50 }], 3, 0, 500)[1]).toEqual({ row: 1, anchor: 'start', span: [123, 173] });
  });
  it('drops a label that collides on every row', () => {
    expect(markerLabelRows([{ x: 100, width: 50 }, { x: 110, width: 50 }], 1, 0, 500)[1]).toEqual({ row: null, anchor: 'start', span: [113, 163] });
  });
});


describe('dodgeInlineLabels', () => {
  it('spreads labels whose spans overlap to at least the gap', () => {
    const labels = [
      { x: 100, y: 50, width: 40, anchor: 'start' as const },
      { x: 110, y: 52, width: 90, anchor: 'start' as const },
    ];
    const [a, b] = dodgeInlineLabels(labels, 14, 0, 300);
    expect(Math.abs(b! - a!)).toBeCloseTo(14, 6);
  });

  it('leaves labels whose spans do not overlap where they are', () => {
    const labels = [
      { x: 100, y: 50, width: 40, anchor: 'start' as const },
      { x: 100, y: 52, width: 40, anchor: 'end' as const },
    ];
    expect(dodgeInlineLabels(labels, 14, 0, 300)).toEqual([50, 52]);
  });

  it('returns nothing for no labels', () => {
    expect(dodgeInlineLabels([], 14, 0, 300)).toEqual([]);
  });
});

describe('cursorPlacement', () => {
  const plates = [{ y: 100, width: 60 }];
  const plot = { left: 0, right: 500, top: 0 };
  const onDots = (dots: { x: number; y: number }[]): CursorInk => ({ dots, steps: [], segments: [], text: [] });
  const onLines = (...segments: CursorInk['segments']): CursorInk => ({ dots: [], steps: [], segments, text: [] });
  const place = (ink: CursorInk, at = plot, ps = plates) => cursorPlacement(ps, 200, ink, at);
  it('sets the readings right of the rule, level with their dots, when that covers nothing', () => {
    expect(place(onDots([{ x: 400, y: 100 }]))).toEqual({ anchor: 'start', lift: 0 });
  });
  it('sets them left where the right side would cover more, and right on a tie', () => {
    // A plot whose top leaves the column no room to lift: only the side decides.
    const tight = { ...plot, top: 92 };
    expect(place(onDots([{ x: 250, y: 100 }, { x: 150, y: 100 }]), tight)).toEqual({ anchor: 'start', lift: 0 });
    expect(place(onDots([{ x: 250, y: 100 }, { x: 250, y: 90 }, { x: 150, y: 95 }]), tight)).toEqual({ anchor: 'end', lift: 0 });
  });
  it('counts a dot whose edge reaches under a plate, and not one clear of it', () => {
    const tight = { ...plot, top: 92 };
    // The plate spans y 92–108; a dot of radius 3 at y 110 reaches it, one at 111 does not.
    expect(place(onDots([{ x: 230, y: 110 }]), tight)?.anchor).toBe('end');
    expect(place(onDots([{ x: 230, y: 111 }]), tight)?.anchor).toBe('start');
    // Right of the rule the plate spans x 202–262: a dot at 264 reaches it, one at 265 does not.
    expect(place(onDots([{ x: 264, y: 100 }]), tight)?.anchor).toBe('end');
    expect(place(onDots([{ x: 265, y: 100 }]), tight)?.anchor).toBe('start');
  });
  it('counts a line through a plate, and not one beside it', () => {
    const tight = { ...plot, top: 92 };
    // A vertical step at x 262 crosses the right plate (202–262 is open at its edge: 262 is not inside).
    expect(place(onLines([261, 50, 261, 150]), tight)?.anchor).toBe('end');
    expect(place(onLines([262, 50, 262, 150]), tight)?.anchor).toBe('start');
    // A horizontal hold at y 107 runs under it; one at y 108 runs along its edge.
    expect(place(onLines([100, 107, 300, 107], [150, 50, 150, 150]), tight)?.anchor).toBe('start');
    expect(place(onLines([210, 107, 300, 107]), tight)?.anchor).toBe('end');
    expect(place(onLines([210, 108, 300, 108]), tight)?.anchor).toBe('start');
  });
  it('counts a label under a plate as four dots: unreadable, where a line can be followed on', () => {
    const tight = { ...plot, top: 92 };
    const label = [210, 100, 250, 100] as const;
    const dotsLeft = (n: number) => Array.from({ length: n }, (_, i) => ({ x: 150 + i * 10, y: 100 }));
    expect(place({ dots: dotsLeft(3), steps: [], segments: [], text: [label] }, tight)?.anchor).toBe('end');
    expect(place({ dots: dotsLeft(4), steps: [], segments: [], text: [label] }, tight)?.anchor).toBe('start');
  });
  it('lifts the column a plate at a time, whole, to the lowest place that covers nothing', () => {
    const column = [{ y: 150, width: 60 }, { y: 167, width: 60 }];
    // Dots under both plates on both sides; clear of them from a lift of 51 (plates then at 99 and 116, the
    // upper one reaching y 124, the highest dot up to 137).
    const dots = [140, 150, 160, 170].flatMap((y) => [{ x: 230, y }, { x: 170, y }]);
    expect(place(onDots(dots), plot, column)).toEqual({ anchor: 'start', lift: 51 });
  });
  it('lifts no higher than the plot’s top, and takes the least covered place there', () => {
    // Lifts 0 and 17 are the only ones keeping the plate's top (y − 8) at or below the plot's top (75): two dots
    // under the plate on either side at 0, one at 17; a lift of 34 would cover none.
    const dots = [100, 95, 83].flatMap((y) => [{ x: 230, y }, { x: 170, y }]);
    expect(place(onDots(dots), { ...plot, top: 75 })).toEqual({ anchor: 'start', lift: 17 });
  });
  it('keeps the side the plates fit on, whatever they cover, and gives none where neither side fits', () => {
    // 200 + 6 + 60 = 266: the plates fit a plot ending there, not one ending a pixel before (a dot left of the rule
    // sends them right where they fit).
    const leftDot = onDots([{ x: 170, y: 100 }]);
    expect(place(leftDot, { left: 0, right: 266, top: 92 })?.anchor).toBe('start');
    expect(place(leftDot, { left: 0, right: 265, top: 92 })?.anchor).toBe('end');
    // Left of the rule they reach 200 - 66 = 134.
    expect(place(onDots([{ x: 230, y: 100 }]), { left: 134, right: 500, top: 92 })?.anchor).toBe('end');
    expect(place(onDots([{ x: 230, y: 100 }]), { left: 135, right: 500, top: 92 })?.anchor).toBe('start');
    expect(place(onDots([]), { left: 135, right: 265, top: 0 })).toBeNull();
  });

  it('picks what the definition picks, on random charts: every side and lift weighed plate by plate, box by box', () => {
    // The placement indexes the ink by rows for speed; this is the rule written out plainly.
    const reference = (plates: readonly CursorPlate[], ruleX: number, ink: CursorInk, at: { left: number; right: number; top: number }) => {
      const widest = Math.max(...plates.map((p) => p.width));
      const sides = (['start', 'end'] as const).filter((side) => (side === 'start' ? ruleX + 6 + widest <= at.right : ruleX - 6 - widest >= at.left));
      if (sides.length === 0) return null;
      const steps = ink.steps.flatMap((v) => v.slice(1).flatMap((b, i) => [[v[i]!.x, v[i]!.y, b.x, v[i]!.y], [b.x, v[i]!.y, b.x, b.y]] as const));
      const box = ([ax, ay, bx, by]: readonly number[], half: number, weight: number) => ({ x0: Math.min(ax!, bx!), x1: Math.max(ax!, bx!), y0: Math.min(ay!, by!) - half, y1: Math.max(ay!, by!) + half, weight });
      const boxes = [
        ...ink.dots.map((d) => ({ x0: d.x - 3, x1: d.x + 3, y0: d.y - 3, y1: d.y + 3, weight: 1 })),
        // A step that does not move (level, or straight up) draws no segment that way.
        ...steps.filter(([ax, ay, bx, by]) => ax !== bx || ay !== by).map((seg) => box(seg, 0, 1)),
        ...ink.segments.map((seg) => box(seg, 0, 1)),
        ...ink.text.map((seg) => box(seg, 6, 4)),
      ];
      const lifts = Math.max(0, Math.floor((Math.min(...plates.map((p) => p.y)) - 8 - at.top) / 17)) + 1;
      let best = { anchor: sides[0]!, lift: 0, cost: Infinity };
      for (let k = 0; k < lifts; k++) {
        for (const anchor of sides) {
          const cost = plates.reduce((sum, p) => {
            const [x0, x1] = anchor === 'start' ? [ruleX + 2, ruleX + 2 + p.width] : [ruleX - 2 - p.width, ruleX - 2];
            const [y0, y1] = [p.y - 8 - 17 * k, p.y + 8 - 17 * k];
            return sum + boxes.filter((b) => b.x1 > x0 && b.x0 < x1 && b.y1 > y0 && b.y0 < y1).reduce((w, b) => w + b.weight, 0);
          }, 0);
          if (cost < best.cost) best = { anchor, lift: 17 * k, cost };
        }
      }
      return { anchor: best.anchor, lift: best.lift };
    };
    // Tenths of a pixel, as layouts write them, and ink above the plot's top too.
    const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((v) => v / 10);
    const point = fc.record({ x: tenths(0, 500), y: tenths(-40, 320) });
    const segment = fc.tuple(tenths(0, 500), tenths(-40, 320), tenths(0, 500), tenths(-40, 320));
    const chart = fc.record({
      plates: fc.array(fc.record({ y: tenths(20, 310), width: tenths(10, 160) }), { minLength: 1, maxLength: 10 }),
      ruleX: tenths(60, 440),
      ink: fc.record({
        dots: fc.array(point, { maxLength: 40 }),
        steps: fc.array(fc.array(point, { maxLength: 12 }).map((v) => [...v].sort((a, b) => a.x - b.x)), { maxLength: 4 }),
        segments: fc.array(segment, { maxLength: 6 }),
        text: fc.array(segment.map(([x0, y, x1]) => [x0, y, x1, y] as const), { maxLength: 6 }),
      }),
      plot: fc.record({ left: fc.integer({ min: 0, max: 60 }), right: fc.integer({ min: 440, max: 520 }), top: fc.integer({ min: 0, max: 60 }) }),
    });
    fc.assert(fc.property(chart, ({ plates, ruleX, ink, plot }) => {
      expect(cursorPlacement(plates, ruleX, ink, plot)).toEqual(reference(plates, ruleX, ink, plot));
    }), { numRuns: 400, seed: 17 });
  });
});

describe('inlineLabelSpot', () => {
  const plot = { left: 40, right: 600, top: 20, bottom: 320 };
  const noInk: CursorInk = { dots: [], steps: [], segments: [], text: [] };

  it('puts a label level with its point and right of it when nothing is there', () => {
    expect(inlineLabelSpot({ x: 200, y: 300 }, 40, inkWeigher(noInk), plot)).toEqual({ x: 207, y: 300, width: 40, anchor: 'start' });
  });

  it('goes left of the point when a line crosses the words on the right, and a row up when both sides are crossed', () => {
    // Another line holding level 3 px below the point, from x 150 to 260.
    const line: CursorInk = { ...noInk, steps: [[{ x: 150, y: 303 }, { x: 260, y: 280 }]] };
    expect(inlineLabelSpot({ x: 200, y: 300 }, 40, inkWeigher({ ...line, steps: [[{ x: 205, y: 303 }, { x: 260, y: 280 }]] }), plot)).toEqual({ x: 193, y: 300, width: 40, anchor: 'end' });
    expect(inlineLabelSpot({ x: 200, y: 300 }, 40, inkWeigher(line), plot)).toEqual({ x: 207, y: 288, width: 40, anchor: 'start' });
  });

  it('keeps clear of another line’s dot and of a marker’s rule', () => {
    expect(inlineLabelSpot({ x: 200, y: 300 }, 40, inkWeigher({ ...noInk, dots: [{ x: 230, y: 302 }] }), plot).anchor).toBe('end');
    expect(inlineLabelSpot({ x: 200, y: 300 }, 40, inkWeigher({ ...noInk, segments: [[225, 20, 225, 320]] }), plot).anchor).toBe('end');
  });

  it('takes the place meeting the least ink when every place meets some, and stays in the plot', () => {
    // A rule crossing each side's words at every row: all meet one, and the first of them, right and level, wins;
    // a dot on the right besides, and the left meets less.
    const rules: CursorInk = { ...noInk, segments: [[180, 20, 180, 320], [225, 20, 225, 320]] };
    expect(inlineLabelSpot({ x: 200, y: 100 }, 40, inkWeigher(rules), plot)).toEqual({ x: 207, y: 100, width: 40, anchor: 'start' });
    expect(inlineLabelSpot({ x: 200, y: 100 }, 40, inkWeigher({ ...rules, dots: [{ x: 235, y: 100 }] }), plot)).toEqual({ x: 193, y: 100, width: 40, anchor: 'end' });
    // At the plot's right edge the right-hand places are out: left, level.
    expect(inlineLabelSpot({ x: 580, y: 100 }, 40, inkWeigher(noInk), plot)).toEqual({ x: 573, y: 100, width: 40, anchor: 'end' });
    // A row below would leave the plot: not taken even where the level and upper places are crossed.
    const low = inlineLabelSpot({ x: 200, y: 312 }, 40, inkWeigher({ ...noInk, steps: [[{ x: 100, y: 312 }, { x: 300, y: 290 }], [{ x: 100, y: 300 }, { x: 300, y: 280 }]] }), plot);
    expect(low.y).toBeLessThanOrEqual(312);
  });
});

describe('inlineLabelSpot away from its point', () => {
  const plot = { left: 40, right: 600, top: 20, bottom: 320 };
  const hold = (y: number) => [{ x: 150, y }, { x: 260, y }];
  // Two other lines' holds through each of the point's rows (level, a row up, a row down): every place beside it
  // has two lines under its words.
  const crowded: CursorInk = { dots: [], steps: [198, 202, 186, 190, 210, 214].map(hold), segments: [], text: [] };

  it('goes rows away, clear of the lines, with a leader, where every place beside the point has lines under its words', () => {
    const weigh = inkWeigher(crowded);
    expect(inlineLabelSpot({ x: 200, y: 200 }, 40, weigh, plot, { data: weigh, dots: inkWeigher({ ...crowded, steps: [] }) })).toEqual({ x: 207, y: 176, width: 40, anchor: 'start', led: true });
  });

  it('stays beside its point where the only ink there is a marker’s rule, which the data weigher leaves out', () => {
    const rule: CursorInk = { dots: [], steps: [], segments: [[220, 20, 220, 320], [180, 20, 180, 320]], text: [] };
    const none = inkWeigher({ dots: [], steps: [], segments: [], text: [] });
    expect(inlineLabelSpot({ x: 200, y: 200 }, 40, inkWeigher(rule), plot, { data: none, dots: none })).toEqual({ x: 207, y: 200, width: 40, anchor: 'start' });
  });

  it('keeps its leader off another line’s dot: a leader through one reads as naming it', () => {
    // A dot on the way to the nearest clear place: the label goes where its leader passes clear of it.
    const dotted: CursorInk = { ...crowded, dots: [{ x: 203, y: 186 }] };
    const spot = inlineLabelSpot({ x: 200, y: 200 }, 40, inkWeigher(dotted), plot, { data: inkWeigher(dotted), dots: inkWeigher({ ...dotted, steps: [] }) });
    expect(spot.led).toBe(true);
    const path = inlineLeader({ x: 200, y: 200 }, spot);
    const [x0, y0, x1, y1] = path.slice(1).split(/[L,]/).map(Number) as [number, number, number, number];
    // The leader's distance from the dot's centre: more than the dot's reach and the leader's clearance.
    const distance = Math.abs((x1 - x0) * (y0 - 186) - (x0 - 203) * (y1 - y0)) / Math.hypot(x1 - x0, y1 - y0);
    expect(distance).toBeGreaterThan(3);
  });

  it('draws the leader from a few px off the point to 2 px short of the words', () => {
    expect(inlineLeader({ x: 200, y: 200 }, { x: 207, y: 176, anchor: 'start' })).toBe('M201,195.1L205,176');
    expect(inlineLeader({ x: 200, y: 200 }, { x: 193, y: 224, anchor: 'end' })).toBe('M199,204.9L195,224');
  });
});

describe('inkWeigher', () => {
  it('weighs each dot and stretch of line a box meets once, a label four times, however many columns they span', () => {
    // A stretch of line 300 px long crosses ten columns; the box spans four of them.
    const ink: CursorInk = { dots: [{ x: 10, y: 10 }, { x: 100, y: 100 }], steps: [[{ x: 0, y: 12 }, { x: 300, y: 40 }]], segments: [[20, 0, 20, 50]], text: [[0, 14, 30, 14]] };
    const weigh = inkWeigher(ink);
    expect(weigh({ x0: 5, x1: 110, y0: 5, y1: 15 })).toBe(1 + 1 + 1 + 4);
    expect(weigh({ x0: 60, x1: 90, y0: 60, y1: 90 })).toBe(0);
    // The rise at x 300 and the dot at (100, 100), each met once by a box spanning both.
    expect(weigh({ x0: 90, x1: 310, y0: 30, y1: 110 })).toBe(2);
  });
});
