import { buildChartSvg, SCREEN_FRAME, serializeSvg, type ChartDrawing, type ExportFrame, type ExportParts } from './svg';
import { lightTheme } from '../theme/tokens';
import { textWidth } from '../components/textWidth';

const parts: ExportParts = {
  title: 'Sales by brand <per> year & more',
  subtitle: 'Units sold',
  legend: [{ key: 'Renault', label: 'Renault', color: '#B85C00', brand: 'Renault' }],
  filterLine: 'Years 2013–2016 · Brands: Renault, Nissan',
  sourceLine: 'Source: Renault–Nissan–Mitsubishi Alliance.',
  theme: lightTheme,
};

// Hostile markup inside a drawing: what a data string rendered raw, or a future mark, could smuggle in.
const HOSTILE = `
  <script>alert(1)</script>
  <a href="https://example.com/x"><rect width="10" height="10" onclick="alert(2)" /></a>
  <foreignObject><div>html</div></foreignObject>
  <use href="#local" />
  <image href="https://example.com/tile.png" />
  <style>@import url(https://example.com/x.css);</style>
  <a id="late"><set attributeName="href" to="javascript:alert(3)" /><animate attributeName="href" values="javascript:alert(4)" /></a>
  <rect id="remote" filter="url(https://example.com/f.svg#x)" mask="url('http://example.com/m')" fill="javascript:alert(5)" />
  <path id="local-marker" marker-end="url(#arrow)" fill="url( '#gradient' )" />
  <text>2017</text>`;

/** A drawing 400 × 200 whatever the width asked for, holding the hostile markup. */
const hostile: ChartDrawing = () => `<svg width="400" height="200" onload="alert(1)">${HOSTILE}</svg>`;

function exported(): Document {
  const text = serializeSvg(buildChartSvg(hostile, 400, parts));
  return new DOMParser().parseFromString(text, 'image/svg+xml');
}

describe('chart SVG export', () => {
  it('parses as XML', () => {
    expect(exported().querySelector('parsererror')).toBeNull();
  });

  it('contains no script or foreignObject element', () => {
    const doc = exported();
    expect(doc.querySelectorAll('script, foreignObject').length).toBe(0);
  });

  it('lets the page’s document adopt the drawing only once cleaned: adopted first, an <img onerror> in it ran its handler in the page', () => {
    const adopted: string[] = [];
    const importNode = document.importNode.bind(document);
    const spy = vi.spyOn(document, 'importNode').mockImplementation((node, deep) => {
      adopted.push((node as Element).outerHTML);
      return importNode(node, deep);
    });
    try {
      buildChartSvg(() => `<svg width="400" height="200" onload="alert(1)"><foreignObject><img src="x" onerror="alert(2)"></foreignObject>${HOSTILE}</svg>`, 400, parts);
    } finally {
      spy.mockRestore();
    }
    expect([adopted.length > 0, adopted.filter((markup) => /\son\w+=|<img|<script|<foreignObject/i.test(markup))]).toEqual([true, []]);
  });

  it('has no on* attribute anywhere', () => {
    const attributes = [...exported().querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
  });

  it('drops what could fetch or rewrite links when opened: style blocks, set/animate, remote url() values', () => {
    const doc = exported();
    expect(doc.querySelectorAll('style, set, animate').length).toBe(0);
    const remote = doc.getElementById('remote')!;
    expect(['filter', 'mask', 'fill'].filter((name) => remote.hasAttribute(name))).toEqual([]);
    const local = doc.getElementById('local-marker')!;
    expect([local.getAttribute('marker-end'), local.getAttribute('fill')]).toEqual(['url(#arrow)', "url( '#gradient' )"]);
  });

  it('keeps local references and drops external ones', () => {
    const doc = exported();
    expect(doc.querySelector('use')?.getAttribute('href')).toBe('#local');
    // The allowlist has no <image>; a link is unwrapped, keeping what it drew.
    expect(doc.querySelectorAll('image, a').length).toBe(0);
    expect(doc.getElementById('late')).toBeNull();
  });

  it('carries the title as <title> and as visible text, escaped', () => {
    const doc = exported();
    expect(doc.querySelector('title')?.textContent).toBe('Sales by brand <per> year & more');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Sales by brand <per> year & more');
  });

  it('adds the filter and source lines at the bottom', () => {
    const texts = [...exported().querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.slice(-2)).toEqual(['Years 2013–2016 · Brands: Renault, Nissan', 'Source: Renault–Nissan–Mitsubishi Alliance.']);
  });

  it('wraps a long subtitle to the image width and puts the notes above the filter and source lines', () => {
    const long = { ...parts, subtitle: 'Cumulative units since launch, at the dates sources report each milestone passed, for every series', notes: ['No Mitsubishi bar in 2011–2015: the table has no figure.'] };
    const doc = new DOMParser().parseFromString(serializeSvg(buildChartSvg(hostile, 400, long)), 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const subtitleLines = texts.filter((t) => long.subtitle.includes(t) && t.length > 0);
    expect(subtitleLines.length).toBeGreaterThan(1);
    expect(subtitleLines.join(' ')).toBe(long.subtitle);
    expect(texts.slice(-3)).toEqual(['• No Mitsubishi bar in 2011–2015: the table has no figure.', parts.filterLine, parts.sourceLine]);
  });

  it('declares the SVG namespace and a size', () => {
    const root = exported().documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBeGreaterThanOrEqual(480);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(200);
  });

  it('throws a readable error when the chart draws nothing', () => {
    expect(() => buildChartSvg(() => null, 400, parts)).toThrow('This chart has nothing to export yet.');
  });
});

describe('export frame', () => {
  function framed(frame: Partial<ExportFrame>, extra: Partial<ExportParts> = {}): Document {
    const svg = buildChartSvg(hostile, 400, { ...parts, ...extra }, { ...SCREEN_FRAME, ...frame });
    return new DOMParser().parseFromString(serializeSvg(svg), 'image/svg+xml');
  }
  const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent);

  it('wraps a legend entry wider than a 320 px image onto lines that end inside it, and moves what follows down', () => {
    const legend = [
      { key: 'stake', label: 'Line width: stake', color: '#57606A', symbol: 'line' as const },
      { key: 'planned', label: 'Planned, not reported as reached (short dashes)', color: '#57606A', symbol: 'dashed' as const },
      { key: 'other', label: 'Other', color: '#6B7280' },
    ];
    const doc = framed({ width: 320 }, { legend });
    const legendTexts = [...doc.querySelectorAll('g[font-size="12"] text')];
    const ends = legendTexts.map((t) => Number(t.getAttribute('x')) + textWidth(t.textContent ?? '', 12));
    // In the legend's own coordinates: it starts at the 24 px pad and must end before the pad on the right.
    expect(Math.max(...ends)).toBeLessThanOrEqual(320 - 2 * 24);
    expect(legendTexts.map((t) => t.textContent)).toEqual(['Line width: stake', 'Planned, not reported as reached (short', 'dashes)', 'Other']);
    // Rows 20 px apart, a wrapped entry's second line 15 px under its first, and the row after it below both.
    expect(legendTexts.map((t) => Number(t.getAttribute('y')))).toEqual([10, 30, 45, 65]);
    // The chart starts as much lower as the legend is taller: three rows and a line more than one row.
    const chartY = (d: Document) => Number(d.querySelector('svg > svg')!.getAttribute('y'));
    expect(chartY(doc) - chartY(framed({ width: 320 }, { legend: [legend[2]!] }))).toBe(20 * 2 + 15);
  });

  // Wrapped by an average glyph (0.56 em), a line of capitals, which are wider, ran past the image's edge: a
  // source title is data, and its words can be any width.
  it('wraps the title, subtitle, figures, notes, filter and source lines of a 320 px image to lines that end inside it, whatever their letters', () => {
    const wide = 'WOMBAT MAXIMUM WARMUP MEMBERSHIP HOMEWORK';
    const doc = framed({ width: 320 }, { title: wide, subtitle: wide, figures: [wide], notes: [wide], filterLine: wide, sourceLine: `Source: ${wide}` });
    const drawn = [...doc.querySelectorAll('text')].filter((t) => !t.closest('g[font-size="12"]') && t.textContent !== '2017');
    expect(drawn.length).toBeGreaterThanOrEqual(6);
    const overflow = drawn.flatMap((t) => {
      const size = Number(t.getAttribute('font-size'));
      const end = Number(t.getAttribute('x')) + textWidth(t.textContent ?? '', size, t.getAttribute('font-weight') === '700');
      return end > 320 - 24 ? [`${t.textContent} (${size} px) ends at ${Math.round(end)}`] : [];
    });
    expect(overflow).toEqual([]);
  });

  it('indents a note’s continuation lines by the bullet’s width, under its first word', () => {
    const note = 'Dotted stretches: more than a year between reported milestones; the sources give no figure in between.';
    const lines = [...framed({ width: 320 }, { notes: [note] }).querySelectorAll('text[font-size="11"]')].filter((t) => note.includes(t.textContent!.replace('• ', '')));
    // "• " at 11 px: (0.62 + 0.32) em = 10.3 px.
    expect(lines.map((t) => [t.textContent!.startsWith('• '), Number(t.getAttribute('x'))])).toEqual([[true, 24], [false, 34.3], [false, 34.3]]);
  });

  it('is exactly the preset size when both sides are fixed', () => {
    const root = framed({ width: 1200, height: 675 }).documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['1200', '675', '0 0 1200 675']);
  });

  it('keeps a fixed width and grows in height when only the width is set, even below 480', () => {
    const root = framed({ width: 320 }).documentElement;
    expect(root.getAttribute('width')).toBe('320');
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(200);
  });

  it('scales a chart too tall for a fixed height down to fit, keeping its proportions', () => {
    const chart = framed({ width: 1200, height: 300 }).querySelector('svg > svg')!;
    const [w, h] = [Number(chart.getAttribute('width')), Number(chart.getAttribute('height'))];
    expect(h).toBeLessThan(200);
    expect(Math.abs(w / h - 2)).toBeLessThan(0.05);
  });

  it('offers a drawing the room a fixed height leaves, and a drawing that takes it fills the image to its footer', () => {
    const rooms: (number | undefined)[] = [];
    const stretching: ChartDrawing = (width, _theme, room) => {
      rooms.push(room);
      return `<svg width="${width}" height="${room ?? 200}"><rect width="10" height="10"/></svg>`;
    };
    const square = new DOMParser().parseFromString(serializeSvg(buildChartSvg(stretching, 1000, parts, { ...SCREEN_FRAME, width: 1080, height: 1080 })), 'image/svg+xml');
    buildChartSvg(stretching, 400, parts);
    // Title (24 + 2), subtitle (18 + 6) and one legend row (20 + 14) below the 24 px pad; filter and source lines (16 each), 12 px gap and pad below.
    expect(rooms).toEqual([1080 - (24 + 26 + 24 + 34) - 12 - 32 - 24, undefined]);
    const chart = square.querySelector('svg > svg')!;
    expect([chart.getAttribute('y'), chart.getAttribute('height')]).toEqual(['108', String(rooms[0])]);
  });

  it('draws a chart that keeps its proportions again at the width whose height fits the room, rather than shrinking its words', () => {
    // A map: half as tall as wide, plus a 40 px legend that does not shrink with it.
    const widths: number[] = [];
    const map: ChartDrawing = (width) => {
      widths.push(width);
      return `<svg width="${width}" height="${Math.round(width / 2) + 40}"><text font-size="12">Chennai</text></svg>`;
    };
    const doc = new DOMParser().parseFromString(serializeSvg(buildChartSvg(map, 1152, parts, { ...SCREEN_FRAME, width: 1200, height: 675 })), 'image/svg+xml');
    // The room: 675 less the pad and header (24 + 26 + 24 + 34), the 12 px gap, filter and source lines (32) and the pad (24) = 499.
    // 1152 wide is 616 tall; drawn at 1152 × 499 / 616 = 933 it is 507, then at 933 × 499 / 507 = 918 it is 499: not scaled.
    expect(widths).toEqual([1152, 933, 918]);
    const chart = doc.querySelector('svg > svg')!;
    expect([chart.getAttribute('width'), chart.getAttribute('height'), chart.getAttribute('x')]).toEqual(['918', '499', String(24 + Math.round((1152 - 918) / 2))]);
  });

  it('scales a drawing that does not follow the width asked for, drawing it only twice', () => {
    const calls: number[] = [];
    const fixed: ChartDrawing = (width) => {
      calls.push(width);
      return '<svg width="400" height="400"><rect width="10" height="10"/></svg>';
    };
    const chart = new DOMParser().parseFromString(serializeSvg(buildChartSvg(fixed, 400, parts, { ...SCREEN_FRAME, width: 1200, height: 300 })), 'image/svg+xml').querySelector('svg > svg')!;
    expect(calls).toHaveLength(2);
    expect(Number(chart.getAttribute('height'))).toBeLessThan(400);
  });

  it('draws a background rectangle only when solid', () => {
    expect(framed({}).querySelector(':root > rect')?.getAttribute('fill')).toBe('#FFFFFF');
    expect(framed({ isTransparent: true }).querySelector(':root > rect')).toBeNull();
  });

  it('without header: no title, subtitle, notes, filter or credit text, legend kept', () => {
    const written = texts(framed({ hasHeader: false }, { notes: ['A note.'] }));
    expect(written).not.toContain(parts.title);
    expect(written).not.toContain(parts.subtitle);
    expect(written).not.toContain('• A note.');
    expect(written).not.toContain(parts.filterLine);
    expect(written).not.toContain(parts.sourceLine);
    expect(written).toContain('Renault');
  });

  it('sets the notes 8 px apart from the figures above them, the filter and source lines 8 px apart from the notes, 16 px a line otherwise', () => {
    const doc = framed({}, { figures: ['Vehicles a year: Tangier 400,000'], notes: ['A note.'] });
    const yOf = (text: string) => Number([...doc.querySelectorAll('text')].find((t) => t.textContent === text)?.getAttribute('y'));
    expect([yOf('• A note.') - yOf('Vehicles a year: Tangier 400,000'), yOf(parts.filterLine) - yOf('• A note.'), yOf(parts.sourceLine) - yOf(parts.filterLine)]).toEqual([24, 24, 16]);
  });

  it('writes figures under the chart, before the notes, header or not', () => {
    const figures = ['Vehicles a year: Tangier 400,000'];
    expect(texts(framed({}, { figures, notes: ['A note.'] })).slice(-4)).toEqual([figures[0], '• A note.', parts.filterLine, parts.sourceLine]);
    expect(texts(framed({ hasHeader: false }, { figures })).at(-1)).toBe(figures[0]);
  });

  describe('a landscape image with many figures and notes', () => {
    const widths: number[] = [];
    const map: ChartDrawing = (width) => {
      widths.push(width);
      return `<svg width="${width}" height="${Math.round(width / 2)}"><rect width="10" height="10"/></svg>`;
    };
    const figures = Array.from({ length: 14 }, (_, i) => `Vehicles a year: plant ${i} 100,000`);
    const notes = ['Symbol area is proportional to capacity.', 'Each plant shows the figure that applies.'];
    const build = (frame: Partial<ExportFrame>) => {
      widths.length = 0;
      const svg = buildChartSvg(map, 1152, { ...parts, figures, notes }, { ...SCREEN_FRAME, ...frame });
      return new DOMParser().parseFromString(serializeSvg(svg), 'image/svg+xml');
    };
    const at = (doc: Document, text: string) => {
      const t = [...doc.querySelectorAll('text')].find((e) => e.textContent === text)!;
      return [Number(t.getAttribute('x')), Number(t.getAttribute('y'))];
    };

    // Where the chart is drawn, and how large: the arrangement kept.
    const chartOf = (doc: Document) => {
      const chart = doc.querySelector('svg > svg')!;
      return ['x', 'y', 'width', 'height'].map((name) => Number(chart.getAttribute(name)));
    };

    it('sets them in a column right of the chart, drawn for the room left of it, the filter and source lines under both (1200 × 675)', () => {
      const doc = build({ width: 1200, height: 675 });
      // Both arrangements drawn: under the lines the map is drawn 1152 px wide, then again at 350 to fit the 175 px
      // they leave; beside them, in a column of 36% (415 px) at x 761, 713 px wide (24 px gap) — the larger chart.
      expect(widths).toEqual([1152, 350, 713]);
      expect(chartOf(doc)).toEqual([24, expect.any(Number), 713, 357]);
      // Every figure and note in the column, from the chart's top down, above the filter and source lines.
      const column = [...figures, ...notes.map((note) => `• ${note}`)].map((text) => at(doc, text));
      const [, filterY] = at(doc, parts.filterLine);
      expect(column.map(([x]) => x)).toEqual(Array(16).fill(761));
      // 16 px a line; each figure after the first 4 px further, the first note 8 px.
      const step = (i: number) => 16 + (i < figures.length ? 4 : i === figures.length ? 8 : 0);
      expect(column.map(([, y]) => y).every((y, i, ys) => (i === 0 ? y! > 100 : y! === ys[i - 1]! + step(i)) && y! < filterY!)).toBe(true);
      expect(at(doc, parts.sourceLine)).toEqual([24, 675 - 24]);
      expect(doc.documentElement.getAttribute('height')).toBe('675');
    });

    it('widens the column, rather than setting them under the chart, where wrapped lines (French, Japanese) would not fit the narrowest', () => {
      widths.length = 0;
      const long = 'Each plant shows the figure that applies in the year shown, as its source words it: filled where the source states a capacity, outlined where it gives a plan, for one line or model.';
      const doc = new DOMParser().parseFromString(serializeSvg(buildChartSvg(map, 1152, { ...parts, figures, notes: Array(7).fill(long) }, { ...SCREEN_FRAME, width: 1200, height: 675 })), 'image/svg+xml');
      // Seven wrapped notes fit neither 36% nor 42% of the 1152 px, spaced or close: 48% (553 px) at x 623, set close,
      // the chart 575 px wide beside them (under them, spaced, it is drawn 190 px wide, for the height they leave).
      expect([widths, at(doc, figures[0]!), chartOf(doc)[2]]).toEqual([[1152, 190, 575], [623, expect.any(Number)], 575]);
    });

    it('keeps the arrangement that draws the chart larger: under few lines, beside many', () => {
      const arranged = (count: number) => {
        const doc = new DOMParser().parseFromString(serializeSvg(buildChartSvg(map, 1152, { ...parts, figures: figures.slice(0, count) }, { ...SCREEN_FRAME, width: 1200, height: 675 })), 'image/svg+xml');
        const [, , width, height] = chartOf(doc);
        return `${at(doc, figures[0]!)[0] === 24 ? 'under' : 'beside'} ${width} × ${height}`;
      };
      // The 2:1 map beside the column is 713 × 357 whatever the count; under the lines, 2r × r for the r px they leave.
      // 750 × 375 under six figures (each after the first 4 px below the one before, the filter and source lines 8 px
      // below them) is the larger; 710 × 355 under seven is not.
      expect([5, 6, 7, 8].map(arranged)).toEqual(['under 790 × 395', 'under 750 × 375', 'beside 713 × 357', 'beside 713 × 357']);
    });

    it('keeps them under the chart in a square, where only that arrangement is drawn', () => {
      const square = build({ width: 1080, height: 1080 });
      expect([widths, at(square, figures[0]!)[0]]).toEqual([[1152], 24]);
    });
  });
});
