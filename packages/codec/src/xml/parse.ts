/**
 * A small, strict, namespace-aware XML reader. It builds a tree and nothing else:
 * no DTD, no external entities, no file or network access, and bounded depth, size and element count,
 * so its cost is linear in the input. Every error carries a line and column.
 */
import { XmlSyntaxError } from '../errors.js';
import type { IssueCode, Limits, XmlIssue } from '../types.js';
import { DEFAULT_LIMITS } from '../types.js';

export interface XmlAttribute {
  ns: string | null;
  local: string;
  /** The qualified name as written. */
  qname: string;
  value: string;
  offset: number;
}

export interface XmlElement {
  ns: string | null;
  local: string;
  qname: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Concatenated character data directly inside this element (CDATA and references decoded). */
  text: string;
  offset: number;
}

export interface XmlDocument {
  root: XmlElement;
  /** Maps an offset to 1-based line and column. */
  locate(offset: number): { line: number; column: number };
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

// Characters XML 1.0 forbids anywhere in a document, plus lone surrogates.
export const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /^[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*(?::[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*)?$/;
// Null prototypes everywhere a name from the document is looked up: `&constructor;` or a `toString:` prefix
// must not find Object.prototype's members.
const PREDEFINED: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" });

export function makeLocator(src: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset: number) => {
    if (!starts) {
      starts = [0];
      for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** Decodes bytes as UTF-8, refusing invalid sequences; strips a byte-order mark. */
export function toText(input: string | Uint8Array, limits: Limits): string {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > limits.maxBytes) {
    throw new XmlSyntaxError([issue('LIMIT_EXCEEDED', '', `document is ${size} bytes; the limit is ${limits.maxBytes}`)]);
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw new XmlSyntaxError([issue('ENCODING', '', 'the document is not valid UTF-8')]);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // XML 1.0 §2.11: every CRLF or lone CR reaches the application as LF (a literal &#13; stays a CR).
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

function issue(code: IssueCode, path: string, message: string, loc?: { line: number; column: number }): XmlIssue {
  return { severity: 'error', code, path, message, ...(loc ?? {}) };
}

export function parseXml(input: string | Uint8Array, limitsIn?: Partial<Limits>): XmlDocument {
  const limits: Limits = { ...DEFAULT_LIMITS, ...limitsIn };
  const src = toText(input, limits);
  const locate = makeLocator(src);
  interface Frame {
    el: XmlElement;
    scope: Record<string, string>;
  }
  const stack: Frame[] = [];
  // Syntax errors are located by line and column, and by the path of the elements open at that point.
  const openPath = () => stack.map((f) => `/${f.el.local}`).join('');
  const fail = (code: IssueCode, offset: number, message: string): never => {
    throw new XmlSyntaxError([issue(code, openPath(), message, locate(offset))]);
  };

  const bad = FORBIDDEN_CHAR.exec(src);
  if (bad) fail('MALFORMED', bad.index, `character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`);

  const decodeRefs = (raw: string, at: number): string => {
    if (raw.indexOf('&') === -1) return raw;
    return raw.replace(/&([^;&\s<]*);?/g, (whole, ref: string, idx: number) => {
      if (!whole.endsWith(';')) fail('MALFORMED', at + idx, `"&" must start a reference such as &amp;`);
      if (ref.startsWith('#')) {
        const hex = ref[1] === 'x';
        const digits = ref.slice(hex ? 2 : 1);
        const cp = (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
        const ok = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
        if (!ok) fail('MALFORMED', at + idx, `character reference &${ref}; is not a valid XML character`);
        return String.fromCodePoint(cp);
      }
      const value = PREDEFINED[ref];
      if (value === undefined) fail('FORBIDDEN_DTD', at + idx, `undefined entity &${ref}; (only the five predefined entities are supported; DTDs are refused)`);
      return value!;
    });
  };

  let root: XmlElement | undefined;
  let rootClosed = false;
  let elements = 0;
  let pos = 0;
  const len = src.length;
  const baseScope: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { xml: XML_NS });

  while (pos < len) {
    const lt = src.indexOf('<', pos);
    const textEnd = lt === -1 ? len : lt;
    if (textEnd > pos) {
      const raw = src.slice(pos, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.el.text += decodeRefs(raw, pos);
      else if (raw.trim() !== '') fail('MALFORMED', pos + raw.search(/\S/), rootClosed ? 'text after the root element' : 'text before the root element');
      if (raw.includes(']]>') && top) fail('MALFORMED', pos + raw.indexOf(']]>'), '"]]>" is not allowed in text');
    }
    if (lt === -1) break;
    pos = lt;
    const next = src.charCodeAt(pos + 1);
    if (next === 0x21 /* ! */) {
      if (src.startsWith('<!--', pos)) {
        const end = src.indexOf('-->', pos + 4);
        if (end === -1) fail('MALFORMED', pos, 'unterminated comment');
        pos = end + 3;
      } else if (src.startsWith('<![CDATA[', pos)) {
        const end = src.indexOf(']]>', pos + 9);
        if (end === -1) fail('MALFORMED', pos, 'unterminated CDATA section');
        const top = stack[stack.length - 1];
        if (!top) fail('MALFORMED', pos, 'CDATA outside the root element');
        top!.el.text += src.slice(pos + 9, end);
        pos = end + 3;
      } else if (/^<!DOCTYPE/i.test(src.slice(pos, pos + 9))) {
        fail('FORBIDDEN_DTD', pos, 'a DOCTYPE is not allowed (DTDs and entity declarations are refused)');
      } else if (src.startsWith('<!ENTITY', pos)) {
        fail('FORBIDDEN_DTD', pos, 'entity declarations are not allowed');
      } else fail('MALFORMED', pos, 'unexpected "<!"');
      continue;
    }
    if (next === 0x3f /* ? */) {
      const end = src.indexOf('?>', pos + 2);
      if (end === -1) fail('MALFORMED', pos, 'unterminated processing instruction');
      const target = /^[^\s?]*/.exec(src.slice(pos + 2, end))![0];
      if (target.toLowerCase() === 'xml') {
        if (pos !== 0) fail('MALFORMED', pos, 'the XML declaration must be the very first thing in the document');
        const enc = /encoding\s*=\s*["']([^"']*)["']/.exec(src.slice(pos, end));
        if (enc && !/^utf-?8$/i.test(enc[1]!) && !/^us-ascii$/i.test(enc[1]!)) {
          fail('ENCODING', pos, `encoding "${enc[1]}" is not supported; send UTF-8`);
        }
      }
      pos = end + 2;
      continue;
    }
    if (next === 0x2f /* / */) {
      const end = src.indexOf('>', pos + 2);
      if (end === -1) fail('MALFORMED', pos, 'unterminated end tag');
      const qname = src.slice(pos + 2, end).trim();
      const top = stack[stack.length - 1];
      if (!top) fail('MALFORMED', pos, `end tag </${qname}> without a start tag`);
      if (top!.el.qname !== qname) {
        fail('MALFORMED', pos, `end tag </${qname}> does not match start tag <${top!.el.qname}> (line ${locate(top!.el.offset).line})`);
      }
      stack.pop();
      if (stack.length === 0) rootClosed = true;
      pos = end + 1;
      continue;
    }
    // Start tag.
    if (rootClosed) fail('MALFORMED', pos, 'a document must have exactly one root element');
    const start = pos;
    let i = pos + 1;
    while (i < len && !isNameEnd(src.charCodeAt(i))) i++;
    const qname = src.slice(pos + 1, i);
    if (!NAME.test(qname)) fail('MALFORMED', pos, qname ? `invalid element name "${qname}"` : 'a "<" must start a tag; write "&lt;" for a literal');
    const rawAttrs: { qname: string; value: string; offset: number }[] = [];
    let selfClosing = false;
    for (;;) {
      const wsStart = i;
      while (i < len && isSpace(src.charCodeAt(i))) i++;
      if (i >= len) fail('MALFORMED', start, `unterminated start tag <${qname}>`);
      const c = src.charCodeAt(i);
      if (c === 0x3e /* > */) { i++; break; }
      if (c === 0x2f /* / */) {
        if (src.charCodeAt(i + 1) !== 0x3e) fail('MALFORMED', i, 'expected "/>"');
        selfClosing = true;
        i += 2;
        break;
      }
      if (i === wsStart) fail('MALFORMED', i, 'attributes must be separated by white space');
      const nameStart = i;
      while (i < len && !isNameEnd(src.charCodeAt(i))) i++;
      const aname = src.slice(nameStart, i);
      if (!NAME.test(aname)) fail('MALFORMED', nameStart, `invalid attribute name "${aname}"`);
      while (i < len && isSpace(src.charCodeAt(i))) i++;
      if (src.charCodeAt(i) !== 0x3d /* = */) fail('MALFORMED', i, `attribute "${aname}" has no value`);
      i++;
      while (i < len && isSpace(src.charCodeAt(i))) i++;
      const quote = src[i];
      if (quote !== '"' && quote !== "'") fail('MALFORMED', i, `the value of attribute "${aname}" must be quoted`);
      const close = src.indexOf(quote!, i + 1);
      if (close === -1) fail('MALFORMED', i, `unterminated value of attribute "${aname}"`);
      const rawValue = src.slice(i + 1, close);
      const ltIn = rawValue.indexOf('<');
      if (ltIn !== -1) fail('MALFORMED', i + 1 + ltIn, '"<" is not allowed in an attribute value');
      if (rawAttrs.some((a) => a.qname === aname)) fail('MALFORMED', nameStart, `duplicate attribute "${aname}"`);
      if (rawAttrs.length >= limits.maxAttributes) fail('LIMIT_EXCEEDED', nameStart, `more than ${limits.maxAttributes} attributes on one element`);
      // Attribute-value normalization: literal white space becomes a space.
      rawAttrs.push({ qname: aname, value: decodeRefs(rawValue.replace(/[\t\n\r]/g, ' '), i + 1), offset: nameStart });
      i = close + 1;
    }
    pos = i;

    if (++elements > limits.maxElements) fail('LIMIT_EXCEEDED', start, `more than ${limits.maxElements} elements`);
    if (stack.length >= limits.maxDepth) fail('LIMIT_EXCEEDED', start, `elements nested deeper than ${limits.maxDepth} levels`);

    const parentScope = stack.length ? stack[stack.length - 1]!.scope : baseScope;
    let scope = parentScope;
    for (const a of rawAttrs) {
      if (a.qname === 'xmlns' || a.qname.startsWith('xmlns:')) {
        if (scope === parentScope) scope = Object.create(parentScope) as Record<string, string>;
        const prefix = a.qname === 'xmlns' ? '' : a.qname.slice(6);
        if (prefix && a.value === '') fail('MALFORMED', a.offset, `namespace prefix "${prefix}" cannot be undeclared`);
        scope[prefix] = a.value;
      }
    }
    const resolve = (name: string, isAttr: boolean, offset: number): [string | null, string] => {
      const colon = name.indexOf(':');
      if (colon === -1) return [isAttr ? null : scope[''] || null, name];
      const prefix = name.slice(0, colon);
      const uri = scope[prefix];
      if (uri === undefined) fail('MALFORMED', offset, `namespace prefix "${prefix}" is not declared`);
      return [uri!, name.slice(colon + 1)];
    };
    const [ns, local] = resolve(qname, false, start);
    const attributes: XmlAttribute[] = [];
    for (const a of rawAttrs) {
      if (a.qname === 'xmlns' || a.qname.startsWith('xmlns:')) {
        attributes.push({ ns: XMLNS_NS, local: a.qname === 'xmlns' ? 'xmlns' : a.qname.slice(6), qname: a.qname, value: a.value, offset: a.offset });
        continue;
      }
      const [ans, alocal] = resolve(a.qname, true, a.offset);
      if (attributes.some((b) => b.ns === ans && b.local === alocal)) fail('MALFORMED', a.offset, `duplicate attribute "${a.qname}"`);
      attributes.push({ ns: ans, local: alocal, qname: a.qname, value: a.value, offset: a.offset });
    }
    const el: XmlElement = { ns, local, qname, attributes, children: [], text: '', offset: start };
    const parent = stack[stack.length - 1];
    if (parent) parent.el.children.push(el);
    else root = el;
    if (selfClosing) {
      if (!parent) rootClosed = true;
    } else stack.push({ el, scope });
  }
  if (stack.length) fail('MALFORMED', len, `unexpected end of document: <${stack[stack.length - 1]!.el.qname}> is not closed`);
  if (!root) fail('MALFORMED', 0, 'the document has no root element');
  return { root: root!, locate };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x3e || c === 0x2f || c === 0x3d || c === 0x3c || c === 0x22 || c === 0x27;
}

export const NAMESPACES = { xml: XML_NS, xmlns: XMLNS_NS } as const;
