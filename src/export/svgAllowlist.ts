/**
 * The exported SVG's allowlist: only the elements and attributes that draw a static chart survive. Anything
 * else — scripts, foreign HTML, <style> (which can @import), animation (which can rewrite an href), images,
 * event handlers, data-* and focus attributes — is dropped, so the file cannot run code or fetch anything
 * when opened on its own. A link (<a>) is unwrapped: its drawing is kept, the link is not.
 *
 * Pure decisions on names and values, no DOM: sanitize.ts walks the tree and asks these.
 */

import { SVG_NS } from './svgElements';

const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'clipPath', 'marker', 'linearGradient', 'radialGradient', 'stop', 'use', 'symbol', 'pattern', 'mask',
]);
/** Kept for their children only. */
const UNWRAPPED = new Set(['a']);

const ATTRIBUTES = new Set([
  'id', 'class', 'version', 'viewBox', 'preserveAspectRatio', 'transform', 'x', 'y', 'dx', 'dy', 'x1', 'y1', 'x2', 'y2',
  'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points', 'pathLength',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'paint-order', 'vector-effect', 'shape-rendering',
  'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'alignment-baseline',
  'letter-spacing', 'text-rendering', 'visibility', 'display', 'style',
  'clip-path', 'clip-rule', 'clipPathUnits', 'mask', 'marker-start', 'marker-mid', 'marker-end',
  'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient',
  'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'patternUnits', 'patternTransform',
  'role', 'aria-label', 'aria-hidden', 'href', 'xlink:href',
]);
const LINKS = new Set(['href', 'xlink:href']);
/** Namespace declarations, each only with its own namespace. */
const NAMESPACES = new Map([['xmlns', SVG_NS], ['xmlns:xlink', 'http://www.w3.org/1999/xlink']]);

/** What the sanitiser does with an element: keep it, keep only its children, or remove it with its children. */
export type ElementFate = 'keep' | 'unwrap' | 'remove';

/** The fate of an element by its namespace and local name: only SVG's own elements are kept or unwrapped. */
export function elementFate(namespace: string | null, localName: string): ElementFate {
  if (namespace !== SVG_NS) return 'remove';
  if (ELEMENTS.has(localName)) return 'keep';
  return UNWRAPPED.has(localName) ? 'unwrap' : 'remove';
}

/** CSS white space (CSS Syntax §4.2): narrower than the text scanners' isSpace (src/data/isSpace.ts), on purpose. */
function isCssSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';
}

/**
 * True when every `url(…)` in the value (any case) points at a fragment of this file: `url(#a)`,
 * `url( '#a' )`. Scanned by index, not by regex, so a hostile value costs linear time.
 */
export function hasOnlyLocalUrls(value: string): boolean {
  const lower = value.toLowerCase();
  let at = lower.indexOf('url(');
  while (at >= 0) {
    let i = at + 4;
    while (isCssSpace(lower[i])) i += 1;
    if (lower[i] === '"' || lower[i] === "'") i += 1;
    if (lower[i] !== '#') return false;
    at = lower.indexOf('url(', i);
  }
  return true;
}

/**
 * The CSS functions a drawing uses: colours, transforms, arithmetic, and url() (held to fragments above). Not
 * image-set(), image(), src() or cross-fade(), which take a bare string as an address to fetch.
 */
const DRAWING_FUNCTIONS = new Set(['url', 'rgb', 'rgba', 'hsl', 'hsla', 'translate', 'translatex', 'translatey', 'rotate', 'scale', 'scalex', 'scaley', 'matrix', 'skewx', 'skewy', 'calc', 'var', 'min', 'max', 'clamp']);

const isNameChar = (char: string | undefined) => char !== undefined && ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9') || char === '-' || char === '_');

/**
 * True when the value has no backslash (a CSS escape spells any name: "u\72l(" is url() to a browser) and
 * every function it calls is a DRAWING_FUNCTIONS one. Each "(" reads back only over its own name, which ends
 * at the previous "(" at the latest, so a hostile value costs linear time.
 */
export function hasOnlyDrawingFunctions(value: string): boolean {
  const lower = value.toLowerCase();
  if (lower.includes('\\')) return false;
  for (let at = lower.indexOf('('); at >= 0; at = lower.indexOf('(', at + 1)) {
    let start = at;
    while (isNameChar(lower[start - 1])) start -= 1;
    if (!DRAWING_FUNCTIONS.has(lower.slice(start, at))) return false;
  }
  return true;
}

/**
 * Whether a link stays in this file: "#" after what the URL parser strips (C0 controls and space), not after
 * trim()'s wider white space: after a no-break space "#a" is a path to another file.
 */
function isFragment(value: string): boolean {
  let i = 0;
  while (i < value.length && value.charCodeAt(i) <= 0x20) i += 1;
  return value[i] === '#';
}

/** The attribute that holds words for people, never followed or painted: "Data: …" in a label is no URL. */
const LABEL = 'aria-label';
const SCRIPT_SCHEMES = ['javascript:', 'vbscript:', 'data:'];

/** Whether an attribute may stay: allowed by name, a link only to a fragment, a url() only to a fragment, no other function that can fetch, no script scheme. */
export function isAllowedAttribute(name: string, value: string): boolean {
  if (NAMESPACES.has(name)) return NAMESPACES.get(name) === value;
  if (!ATTRIBUTES.has(name)) return false;
  if (LINKS.has(name)) return isFragment(value);
  if (name === LABEL) return true;
  const lower = value.toLowerCase();
  return hasOnlyLocalUrls(value) && hasOnlyDrawingFunctions(value) && !SCRIPT_SCHEMES.some((scheme) => lower.includes(scheme));
}
