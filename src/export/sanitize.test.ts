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

  it('passes a chart as the views draw it through unchanged: markers, clips, gradients, labels, text', () => {
    const markup =
      '<title>Sales</title><desc>Units per year</desc>' +
      '<defs><marker id="m" markerWidth="6" markerHeight="6" refX="5" refY="3" orient="auto"><path d="M0,0L6,3L0,6Z" fill="#333"/></marker>' +
      '<clipPath id="c"><rect width="100" height="50"/></clipPath>' +
      '<linearGradient id="g" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#fff" stop-opacity="0.5"/></linearGradient></defs>' +
      '<g transform="translate(4,2)" clip-path="url(#c)" role="img" aria-label="Nissan 2017">' +
      '<rect class="bar" x="1" y="2" width="3" height="4" rx="1" fill="url(#g)" stroke="#fff" stroke-width="1" opacity="0.25"/>' +
      '<line x1="0" x2="9" y1="1" y2="1" stroke-dasharray="6 4" stroke-linecap="round"/>' +
      '<path d="M0 0C1 1 2 2 3 3" fill="none" marker-end="url(#m)" style="stroke-width: 2"/>' +
      '<circle cx="5" cy="5" r="2" fill-opacity="0.3" aria-hidden="true"/>' +
      '<text x="1" y="9" dy="0.35em" font-size="12" font-weight="700" text-anchor="end" paint-order="stroke">5,816,278<tspan dx="2" font-style="italic">units</tspan></text>' +
      '<use href="#m"/></g>';
    expect(inner(clean(markup))).toBe(markup);
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

describe('sanitizeSvg: small hostile inputs, exact output', () => {
  it.each([
    ['a script next to a bar', '<script>alert(1)</script><rect width="2"/>', '<rect width="2"/>'],
    ['HTML smuggled in foreignObject', '<foreignObject><div>x</div></foreignObject><rect width="2"/>', '<rect width="2"/>'],
    ['an animation that sets an href', '<set attributeName="href" to="javascript:x"/><rect width="2"/>', '<rect width="2"/>'],
    ['an external image', '<image href="https://x.test/a.png"/><rect width="2"/>', '<rect width="2"/>'],
    ['a stylesheet', '<style>@import url(https://x.test/a.css)</style><rect width="2"/>', '<rect width="2"/>'],
    ['a filter image', '<filter id="f"><feImage href="https://x.test"/></filter><rect width="2"/>', '<rect width="2"/>'],
    ['handlers in any case', '<rect ONCLICK="x" onMouseOver="y" width="2"/>', '<rect width="2"/>'],
    ['a base URL and a form action', '<rect xml:base="https://x.test/" formaction="https://x.test" width="2"/>', '<rect width="2"/>'],
    ['focus and data attributes', '<rect tabindex="0" data-plant="x" width="2"/>', '<rect width="2"/>'],
    ['an animation attribute on a drawn element', '<rect attributeName="href" begin="0s" width="2"/>', '<rect width="2"/>'],
    ['an unknown attribute', '<text lang="en" x="1" foo="bar">a</text>', '<text x="1">a</text>'],
  ])('%s: the drawing kept, the rest gone', (_, markup, expected) => {
    expect(inner(clean(markup))).toBe(expected);
  });
});

describe('sanitizeSvg: attributes', () => {
  it('drops event handlers, focus and data attributes, keeps drawing and labelling ones', () => {
    const rect = clean('<rect onclick="alert(1)" ONLOAD="x" tabindex="0" data-id="x" width="3" fill="#fff" aria-label="Nissan 2017" role="img"/>').querySelector('rect')!;
    expect([...rect.attributes].map((a) => a.name).sort()).toEqual(['aria-label', 'fill', 'role', 'width']);
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
