/**
 * The exported SVG's allowlist: only the elements and attributes that draw a static chart survive. Anything
 * else — scripts, foreign HTML, <style> (which can @import), animation (which can rewrite an href), images,
 * event handlers, data-* and focus attributes — is dropped, so the file cannot run code or fetch anything
 * when opened on its own. A link (<a>) is unwrapped: its drawing is kept, the link is not.
 *
 * Pure decisions on names and values, no DOM: sanitize.ts walks the tree and asks these.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

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

function isSpace(char: string | undefined): boolean {
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
    while (isSpace(lower[i])) i += 1;
    if (lower[i] === '"' || lower[i] === "'") i += 1;
    if (lower[i] !== '#') return false;
    at = lower.indexOf('url(', i);
  }
  return true;
}

/** The attribute that holds words for people, never followed or painted: "Data: …" in a label is no URL. */
const LABEL = 'aria-label';
const SCRIPT_SCHEMES = ['javascript:', 'vbscript:', 'data:'];

/** Whether an attribute may stay: allowed by name, a link only to a fragment, a url() only to a fragment, no script scheme. */
export function isAllowedAttribute(name: string, value: string): boolean {
  if (NAMESPACES.has(name)) return NAMESPACES.get(name) === value;
  if (!ATTRIBUTES.has(name)) return false;
  if (LINKS.has(name)) return value.trim().startsWith('#');
  if (name === LABEL) return true;
  const lower = value.toLowerCase();
  return hasOnlyLocalUrls(value) && !SCRIPT_SCHEMES.some((scheme) => lower.includes(scheme));
}
