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
  const text = el.children.length ? el.text.trim() : el.text;
  if (!attrs && !text && !children.length) return undefined;
  // stable sort: same-named siblings keep their order
  children.sort((x, y) => (x.n < y.n ? -1 : x.n > y.n ? 1 : 0));
  return { n: `{${el.ns ?? ''}}${el.local}`, a: attrs, t: text, c: children };
}

export function meaning(xml: string): Canon | undefined {
  return canon(parseXml(xml).root);
}

/** The value without empty lists and empty objects: what a canonical encoding (which omits empty elements) decodes back to. */
export function withoutEmptyLists<T>(value: T): T {
  const isEmpty = (v: unknown) => (Array.isArray(v) ? v.length === 0 : !!v && typeof v === 'object' && Object.keys(v).length === 0);
  if (Array.isArray(value)) return value.map(withoutEmptyLists).filter((v) => !isEmpty(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const inner = withoutEmptyLists(v);
      if (!isEmpty(inner)) out[k] = inner;
    }
    return out as T;
  }
  return value;
}
