import { elementFate, isAllowedAttribute } from './svgAllowlist';

/**
 * Cleans `root` (an <svg>) in place to the allowlist of svgAllowlist.ts: elements outside it are removed with
 * their content, links unwrapped, and attributes outside it dropped, the root's own included.
 */
export function sanitizeSvg(root: Element) {
  // From a static list, so unwrapping and removing do not disturb the walk; an element inside one already removed
  // is handled detached, which changes nothing.
  for (const el of root.querySelectorAll('*')) {
    const fate = elementFate(el.namespaceURI, el.localName);
    if (fate === 'unwrap') el.replaceWith(...el.childNodes);
    else if (fate === 'remove') el.remove();
  }
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (!isAllowedAttribute(attr.name, attr.value)) el.removeAttributeNode(attr);
    }
  }
}
