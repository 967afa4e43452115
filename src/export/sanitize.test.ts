import { sanitizeSvg } from './sanitize';

/** The children as markup; jsdom writes the SVG namespace on each serialized child, which says nothing here. */
function inner(root: Element): string {
  return root.innerHTML.replaceAll(' xmlns="http://www.w3.org/2000/svg"', '');
}

function clean(markup: string): Element {
  const root = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${markup}</svg>`, 'image/svg+xml').documentElement;
  sanitizeSvg(root);
  return root;
}

describe('sanitizeSvg: elements', () => {
  it.each(['script', 'foreignObject', 'style', 'set', 'animate', 'animateTransform', 'animateMotion', 'image', 'iframe', 'feImage', 'unknown'])('removes <%s> with its content', (tag) => {
    expect(inner(clean(`<${tag}><rect/></${tag}><circle r="1"/>`))).toBe('<circle r="1"/>');
  });

  it.each([
    'svg', 'g', 'defs', 'title', 'desc', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan',
    'clipPath', 'marker', 'linearGradient', 'radialGradient', 'stop', 'use', 'symbol', 'pattern', 'mask',
  ])('keeps <%s>, an element that draws or structures a static chart', (tag) => {
    expect(inner(clean(`<${tag}/>`))).toBe(`<${tag}/>`);
  });

  it('keeps the drawing elements', () => {
    const markup = '<defs><clipPath id="c"><rect width="1"/></clipPath><marker id="m"><path d="M0 0"/></marker></defs><g><line x1="0"/><polygon points="0,0"/><text>2017<tspan>x</tspan></text><title>t</title></g>';
    expect(inner(clean(markup))).toBe(markup);
  });

  it('unwraps a link: its drawing stays, the link goes', () => {
    expect(inner(clean('<a href="https://example.com"><rect width="2"/></a>'))).toBe('<rect width="2"/>');
  });

  it('removes a link of another namespace with its content, even a drawing inside it', () => {
    expect(inner(clean('<a xmlns="http://www.w3.org/1999/xhtml"><rect xmlns="http://www.w3.org/2000/svg" width="2"/></a><circle r="1"/>'))).toBe('<circle r="1"/>');
  });

  it('unwraps nested links and removes what a removed element held', () => {
    expect(inner(clean('<a><a><rect width="2"/></a></a><script><a><circle r="1"/></a></script>'))).toBe('<rect width="2"/>');
  });

  it('removes an element of another namespace even if its name is allowed', () => {
    expect(inner(clean('<rect xmlns="http://www.w3.org/1999/xhtml"/><circle r="1"/>'))).toBe('<circle r="1"/>');
  });

  it('keeps text as text', () => {
    expect(clean('<text>&lt;script&gt;alert(1)&lt;/script&gt;</text>').querySelector('text')!.textContent).toBe('<script>alert(1)</script>');
  });
});

describe('sanitizeSvg: attributes', () => {
  it('drops event handlers, focus and data attributes, keeps drawing and labelling ones', () => {
    const rect = clean('<rect onclick="alert(1)" ONLOAD="x" tabindex="0" data-id="x" width="3" fill="#fff" aria-label="Nissan 2017" role="img"/>').querySelector('rect')!;
    expect([...rect.attributes].map((a) => a.name).sort()).toEqual(['aria-label', 'fill', 'role', 'width']);
  });

  it.each([
    'id', 'class', 'version', 'viewBox', 'preserveAspectRatio', 'transform', 'x', 'y', 'dx', 'dy', 'x1', 'y1', 'x2', 'y2',
    'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points', 'pathLength',
    'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
    'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'paint-order', 'vector-effect', 'shape-rendering',
    'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'alignment-baseline',
    'letter-spacing', 'text-rendering', 'visibility', 'display', 'style',
    'clip-path', 'clip-rule', 'clipPathUnits', 'mask', 'marker-start', 'marker-mid', 'marker-end',
    'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient',
    'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'patternUnits', 'patternTransform',
    'role', 'aria-label', 'aria-hidden',
  ])('keeps the drawing or labelling attribute %s', (name) => {
    expect(inner(clean(`<rect ${name}="a1"/>`))).toBe(`<rect ${name}="a1"/>`);
  });

  it('drops the handlers and links of the root itself', () => {
    const root = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg" onload="x" width="4"/>', 'image/svg+xml').documentElement;
    sanitizeSvg(root);
    expect([root.hasAttribute('onload'), root.getAttribute('width')]).toEqual([false, '4']);
  });

  it('keeps links to a fragment and drops every other link', () => {
    const root = clean('<use id="a" href="#local"/><use id="b" xlink:href="#local"/><use id="c" href="https://x.test/s.svg#a"/><use id="d" href="//x.test/s.svg"/><use id="e" xlink:href="javascript:alert(1)"/><use id="f" href="data:image/svg+xml,x"/>');
    const links = [...root.querySelectorAll('use')].map((u) => u.getAttribute('href') ?? u.getAttribute('xlink:href'));
    expect(links).toEqual(['#local', '#local', null, null, null, null]);
  });

  it('drops a paint or style whose url() leaves the file, whatever its case or spacing', () => {
    const root = clean('<rect id="a" fill="URL(https://x.test/p)"/><rect id="b" filter="url(//x.test/f)"/><rect id="c" style="fill: url(\'http://x.test\')"/><rect id="d" mask="url( data:x)"/>');
    expect([...root.querySelectorAll('rect')].map((r) => [...r.attributes].map((a) => a.name))).toEqual([['id'], ['id'], ['id'], ['id']]);
  });

  it('drops a paint value carrying a script scheme, keeps a label that reads like one', () => {
    const rect = clean('<rect fill="JavaScript:alert(1)" stroke="vbscript:x" style="fill:data:x" aria-label="Data: Nissan 2017"/>').querySelector('rect')!;
    expect([...rect.attributes].map((a) => a.name)).toEqual(['aria-label']);
  });

  it('keeps url() values that point into the file', () => {
    const path = clean('<path marker-end="url(#arrow)" fill="url( \'#g\' )" clip-path=\'url("#c")\' style="stroke: url(#s)"/>').querySelector('path')!;
    expect([path.getAttribute('marker-end'), path.getAttribute('fill'), path.getAttribute('clip-path'), path.getAttribute('style')]).toEqual(['url(#arrow)', "url( '#g' )", 'url("#c")', 'stroke: url(#s)']);
  });
});
