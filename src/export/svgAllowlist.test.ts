// Pure decisions on names and values, no DOM: `npm run mutate` runs this file in Node (vitest.mutate.config.ts).
import { describe, expect, it } from 'vitest';
import { elementFate, hasOnlyLocalUrls, isAllowedAttribute } from './svgAllowlist';

// Written out, not imported: a test that took the namespace from the code under test could not notice it changing.
const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/**
 * A static chart drawing that uses every feature an export may need — gradients, a hatch pattern, a clip path, a
 * mask, arrow markers, a reused symbol, text with a tspan — written as (element, attributes) pairs.
 */
const DRAWING: [string, Record<string, string>][] = [
  ['svg', { xmlns: SVG_NS, 'xmlns:xlink': XLINK_NS, version: '1.1', viewBox: '0 0 640 360', width: '640', height: '360', preserveAspectRatio: 'xMidYMid meet', role: 'img', 'aria-label': 'Nissan sales, 2013–2016' }],
  ['title', {}],
  ['desc', {}],
  ['defs', {}],
  ['linearGradient', { id: 'fade', x1: '0', y1: '0', x2: '0', y2: '1', gradientUnits: 'objectBoundingBox', gradientTransform: 'rotate(90)' }],
  ['stop', { offset: '0.5', 'stop-color': '#c3002f', 'stop-opacity': '0.8' }],
  ['radialGradient', { id: 'glow', cx: '0.5', cy: '0.5', r: '0.5' }],
  ['pattern', { id: 'hatch', width: '4', height: '4', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }],
  ['clipPath', { id: 'plot', clipPathUnits: 'userSpaceOnUse' }],
  ['mask', { id: 'fog' }],
  ['marker', { id: 'arrow', markerWidth: '6', markerHeight: '6', markerUnits: 'strokeWidth', refX: '3', refY: '3', orient: 'auto' }],
  ['symbol', { id: 'dot', viewBox: '0 0 2 2' }],
  ['g', { class: 'bars', transform: 'translate(40 20)', 'clip-path': 'url(#plot)', mask: 'url(#fog)', opacity: '0.9', 'aria-hidden': 'true' }],
  ['rect', { x: '0', y: '12', width: '30', height: '88', rx: '2', ry: '2', fill: 'url(#fade)', 'fill-opacity': '0.7', stroke: '#000', 'stroke-width': '1', 'stroke-opacity': '0.5', 'shape-rendering': 'crispEdges' }],
  ['path', { d: 'M0 0L10 10', pathLength: '100', 'fill-rule': 'evenodd', 'clip-rule': 'evenodd', 'stroke-dasharray': '4 2', 'stroke-dashoffset': '1', 'stroke-linecap': 'round', 'stroke-linejoin': 'bevel', 'stroke-miterlimit': '4', 'marker-start': 'url(#arrow)', 'marker-mid': 'url(#arrow)', 'marker-end': 'url(#arrow)', 'vector-effect': 'non-scaling-stroke', 'paint-order': 'stroke' }],
  ['circle', { cx: '5', cy: '5', r: '3' }],
  ['ellipse', { cx: '5', cy: '5', rx: '3', ry: '2' }],
  ['line', { x1: '0', y1: '0', x2: '5', y2: '5' }],
  ['polyline', { points: '0,0 5,5' }],
  ['polygon', { points: '0,0 5,5 0,5' }],
  ['text', { x: '4', y: '8', dx: '1', dy: '0.3em', 'font-family': 'system-ui', 'font-size': '12', 'font-weight': '600', 'font-style': 'italic', 'text-anchor': 'end', 'dominant-baseline': 'middle', 'letter-spacing': '0.1', 'text-rendering': 'geometricPrecision', style: 'font-variant-numeric: tabular-nums' }],
  ['tspan', { 'alignment-baseline': 'middle', visibility: 'visible', display: 'inline' }],
  ['use', { href: '#dot', 'xlink:href': '#dot' }],
];

describe('svgAllowlist: a static chart drawing passes whole', () => {
  it('keeps every element and every attribute of the drawing', () => {
    const refused = DRAWING.flatMap(([element, attributes]) => [
      ...(elementFate(SVG_NS, element) === 'keep' ? [] : [element]),
      ...Object.entries(attributes).filter(([name, value]) => !isAllowedAttribute(name, value)).map(([name]) => `${element} ${name}`),
    ]);
    expect(refused).toEqual([]);
  });
});

describe('svgAllowlist: elementFate', () => {
  it.each(['script', 'foreignObject', 'style', 'set', 'animate', 'image', 'feImage', 'filter', 'iframe', 'unknown'])('removes <%s> with its content', (name) => {
    expect(elementFate(SVG_NS, name)).toBe('remove');
  });

  it('unwraps an SVG link', () => {
    expect(elementFate(SVG_NS, 'a')).toBe('unwrap');
  });

  it('removes an element of another namespace or none, even one whose name is allowed', () => {
    expect([elementFate(XHTML_NS, 'rect'), elementFate(XHTML_NS, 'a'), elementFate(null, 'rect'), elementFate(null, 'a')]).toEqual(['remove', 'remove', 'remove', 'remove']);
  });
});

describe('svgAllowlist: isAllowedAttribute', () => {
  it.each(['onclick', 'onload', 'tabindex', 'focusable', 'data-id', 'filter', 'xml:base'])('refuses %s, whatever its value', (name) => {
    expect(isAllowedAttribute(name, '#a')).toBe(false);
  });

  it.each([
    ['a fragment', '#a', true],
    ['a fragment after spaces', '  #a ', true],
    ['a fragment after a tab, a newline and a control', '\t\n\u0001#a', true],
    // The URL parser strips only C0 controls and space: after a no-break space or a byte-order mark, "#a" is a path.
    ['a no-break space, then a fragment', '\u00a0#a', false],
    ['a byte-order mark, then a fragment', '\ufeff#a', false],
    ['a path', '/a#b', false],
    ['a remote file', 'https://x.test/s.svg#a', false],
    ['a protocol-relative file', '//x.test/s.svg', false],
    ['a script', 'javascript:alert(1)', false],
    ['data', 'data:image/svg+xml,x', false],
  ])('a link (href and xlink:href) to %s: %s', (_, value, expected) => {
    expect([isAllowedAttribute('href', value), isAllowedAttribute('xlink:href', value)]).toEqual([expected, expected]);
  });

  it('a namespace declaration only with its own namespace', () => {
    expect([
      isAllowedAttribute('xmlns', SVG_NS),
      isAllowedAttribute('xmlns', XHTML_NS),
      isAllowedAttribute('xmlns:xlink', XLINK_NS),
      isAllowedAttribute('xmlns:xlink', SVG_NS),
    ]).toEqual([true, false, true, false]);
  });

  it.each([
    ['fill', 'JavaScript:alert(1)'],
    ['stroke', 'VBScript:x'],
    ['style', 'fill: DATA:x'],
    ['fill', 'url(https://x.test/p)'],
    ['style', 'stroke: URL( "//x.test/s" )'],
    // A CSS escape spells url( without the letters; image-set() and friends take a bare string as an address.
    ['style', 'fill: u\\72l(https://x.test/p.svg#a)'],
    ['style', "mask-image: image-set('https://x.test/m.png' 1x)"],
    ['mask', "image-set('https://x.test/m.png' 1x)"],
    ['style', "mask-image: -webkit-image-set('https://x.test/m.png' 1x)"],
    ['style', "background: src('https://x.test/b.png')"],
    ['fill', "image('https://x.test/i.png')"],
  ])('refuses %s="%s": a script scheme, a url() leaving the file or a function that can fetch, in any case', (name, value) => {
    expect(isAllowedAttribute(name, value)).toBe(false);
  });

  it('keeps the functions a drawing uses: colours, transforms, calc() and local url()', () => {
    expect(
      [['fill', 'rgb(1, 2, 3)'], ['stroke', 'hsla(0 0% 50% / 0.5)'], ['transform', 'translate(40 20) rotate(-45) scale(2) matrix(1 0 0 1 0 0) skewX(3)'], ['style', 'stroke-width: calc(1px + var(--w))'], ['fill', 'url(#fade)']].map(([name, value]) => isAllowedAttribute(name!, value!)),
    ).toEqual([true, true, true, true, true]);
  });

  it('reads a long value to its end, each name once: 25,000 allowed calls, then one that fetches', () => {
    // Every "(" before the last is allowed, so the scan cannot stop early; reading back past a name would be quadratic.
    expect(isAllowedAttribute('style', `${'rgb('.repeat(25_000)}image(`)).toBe(false);
    expect(isAllowedAttribute('style', `${'a'.repeat(50_000)}(${'('.repeat(50_000)}`)).toBe(false);
  });

  it('keeps a label whatever it says: words for people are never followed', () => {
    expect([isAllowedAttribute('aria-label', 'Data: Nissan 2017'), isAllowedAttribute('aria-label', 'see url(https://x.test)')]).toEqual([true, true]);
  });
});

describe('hasOnlyLocalUrls', () => {
  it.each([
    ['no url at all', 'red', true],
    ['a fragment', 'url(#a)', true],
    ['two fragments', 'url(#a) url( "#b")', true],
    ['a fragment after every kind of white space', "url( \t\n\r\f'#a')", true],
    ['a fragment after a space, then a remote one', 'url( #a) url(x)', false],
    ['a fragment then a remote one', 'url(#a), url(https://x.test)', false],
    ['upper case', 'URL(https://x.test)', false],
    ['protocol-relative', 'url(//x.test/a)', false],
    ['empty', 'url()', false],
  ])('%s', (_, value, expected) => {
    expect(hasOnlyLocalUrls(value)).toBe(expected);
  });

  it('reads a long value to its end: 20,000 local url()s, then one that leaves the file', () => {
    expect(hasOnlyLocalUrls(`${'url( #a) '.repeat(20_000)}url(x)`)).toBe(false);
    expect(hasOnlyLocalUrls(`${'url( #a) '.repeat(20_000)}`)).toBe(true);
  });
});
