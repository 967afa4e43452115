/** The SVG namespace: what the exports create their elements in, and the only one the sanitizer keeps. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes set. */
export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  return el;
}

/** A text element: its content set as text, never parsed as markup. */
export function textElement(content: string, attrs: Record<string, string | number>): SVGTextElement {
  const el = svgElement('text', attrs);
  el.textContent = content;
  return el;
}
