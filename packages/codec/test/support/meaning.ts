// Compares two XML documents by meaning: namespaces by URI (prefixes ignored), sibling order ignored
// except among same-named siblings, insignificant white space ignored, empty optional elements = absent.
import { parseXml, type XmlElement } from '../../src/xml/parse.js';

interface Canon { n: string; a: string; t: string; c: Canon[] }

function canon(el: XmlElement): Canon | undefined {
  const attrs = el.attributes
    .filter((a) => a.ns !== 'http://www.w3.org/2000/xmlns/')
    .map((a) => `${a.ns ?? ''}|${a.local}=${a.value}`)
    .sort()
    .join(' ');
  const children = el.children.map(canon).filter((c): c is Canon => c !== undefined);
  const text = children.length ? el.text.trim() : el.text;
  if (!attrs && !text && !children.length) return undefined;
  // stable sort: same-named siblings keep their order
  children.sort((x, y) => (x.n < y.n ? -1 : x.n > y.n ? 1 : 0));
  return { n: `{${el.ns ?? ''}}${el.local}`, a: attrs, t: text, c: children };
}

export function meaning(xml: string): Canon | undefined {
  return canon(parseXml(xml).root);
}
