/**
 * Walks a parsed XML tree against the map. One walk serves both `decode` (tolerant: builds the value,
 * structural surprises become warnings) and `validate` (strict: every finding is reported).
 */
import type { CompiledMap } from './compiled.js';
import { attributeKey, CORE_NS, isForeign } from './compiled.js';
import type { XmlDocument, XmlElement } from './xml/parse.js';
import { NAMESPACES } from './xml/parse.js';
import type { FieldNode, IssueCode, ObjectNode, ScalarNode, TypeRef, XmlIssue } from './types.js';
import { checkScalar, checkObjectRules } from './rules.js';

export interface WalkResult {
  payload?: string;
  value: unknown;
  issues: XmlIssue[];
}

export function walkDocument(cm: CompiledMap, doc: XmlDocument, expected: string | undefined, checkValues: boolean): WalkResult {
  const issues: XmlIssue[] = [];
  const report = (code: IssueCode, path: string, message: string, offset: number, severity: XmlIssue['severity'] = 'error') => {
    issues.push({ severity, code, path, message, ...doc.locate(offset) });
  };
  const root = doc.root;
  const payloads = cm.map.payloads;
  let name = expected;
  if (name !== undefined) {
    const p = cm.payload(name);
    if (!p) {
      report('UNKNOWN_PAYLOAD', '', `unknown payload name "${name}"; known: ${Object.keys(payloads).join(', ')}`, root.offset);
      return { value: undefined, issues };
    }
    if (root.local !== p.element || isForeign(root.ns)) {
      report('WRONG_ROOT', `/${root.local}`, `expected root element <${p.element}> in ${p.ns} for payload ${name}, found <${root.qname}>${root.ns ? ` in ${root.ns}` : ''}`, root.offset);
      return { payload: name, value: undefined, issues };
    }
  } else {
    const candidates = Object.entries(payloads).filter(([, p]) => p.element === root.local);
    const match = candidates.find(([, p]) => p.ns === root.ns) ?? (isForeign(root.ns) ? undefined : candidates[0]);
    if (!match) {
      report('UNKNOWN_PAYLOAD', `/${root.local}`, `<${root.qname}>${root.ns ? ` in ${root.ns}` : ''} is not a known Reg-RWS payload (known roots: ${[...new Set(Object.values(payloads).map((p) => p.element))].join(', ')})`, root.offset);
      return { value: undefined, issues };
    }
    name = match[0];
  }
  const payload = cm.payload(name)!;
  const path = `/${root.local}`;
  if (root.ns !== payload.ns) {
    report('NAMESPACE', path, root.ns === null
      ? `the root element has no namespace; Reg-RWS requires xmlns="${payload.ns}"`
      : `the root element is in ${root.ns}; expected ${payload.ns}`, root.offset);
  }

  const scalar = (raw: string, node: ScalarNode, p: string, offset: number): unknown => {
    let value: unknown = raw;
    if (node.type === 'integer') {
      const t = raw.trim();
      if (/^[+-]?\d+$/.test(t) && Number.isSafeInteger(Number(t))) value = Number(t);
      else {
        report('TYPE', p, `expected an integer, found ${JSON.stringify(raw)}`, offset);
        return raw;
      }
    } else if (node.type === 'boolean') {
      const t = raw.trim();
      if (t === 'true' || t === '1') value = true;
      else if (t === 'false' || t === '0') value = false;
      else {
        report('TYPE', p, `expected true or false, found ${JSON.stringify(raw)}`, offset);
        return raw;
      }
    }
    if (checkValues) {
      for (const f of checkScalar(node, value)) report(f.code, p, f.message, offset, f.code === 'UNKNOWN_VALUE' ? 'warning' : 'error');
    }
    return value;
  };

  const checkAttributes = (el: XmlElement, p: string, known: Map<string, FieldNode> | undefined, out: Record<string, unknown> | undefined) => {
    for (const a of el.attributes) {
      if (a.ns === NAMESPACES.xmlns) continue; // namespace declarations
      const f = known?.get(attributeKey(a.ns, a.local));
      if (!f) {
        // Foreign (and xml:*) attributes are allowed anywhere, as foreign elements are.
        if (!isForeign(a.ns)) report('UNKNOWN_ATTRIBUTE', `${p}/@${a.local}`, `unknown attribute "${a.qname}"${a.ns ? ` (${a.ns})` : ''} on <${el.local}>`, a.offset);
        continue;
      }
      out![f.prop] = scalar(a.value, cm.resolve(f.type) as ScalarNode, `${p}/@${a.local}`, a.offset);
    }
  };

  const checkNs = (el: XmlElement, expectedNs: string, p: string) => {
    if (el.ns !== expectedNs) {
      report('NAMESPACE', p, `<${el.qname}> is in ${el.ns ?? 'no namespace'}; expected ${expectedNs}`, el.offset);
    }
  };

  const unknownChild = (el: XmlElement, parentPath: string, where: string) => {
    report('UNKNOWN_ELEMENT', `${parentPath}/${el.local}`, `unknown element <${el.qname}>${el.ns && el.ns !== CORE_NS ? ` (${el.ns})` : ''} in ${where}`, el.offset);
  };

  const value = (el: XmlElement, ref: TypeRef, ns: string, p: string): unknown => {
    const node = cm.resolve(ref);
    if (node.kind === 'object') return object(el, node, ns, p);
    if (node.kind === 'list') return list(el, node.item, node.itemNs ?? ns, node.type, p);
    for (const c of el.children) {
      if (!isForeign(c.ns)) report('TYPE', `${p}/${c.local}`, `<${el.local}> holds text; element <${c.qname}> is not allowed in it`, c.offset);
    }
    checkAttributes(el, p, undefined, undefined);
    return scalar(el.text, node, p, el.offset);
  };

  const list = (wrapper: XmlElement, item: string, itemNs: string, type: TypeRef, p: string): unknown[] => {
    const out: unknown[] = [];
    checkAttributes(wrapper, p, undefined, undefined);
    if (wrapper.text.trim() !== '') report('UNEXPECTED_TEXT', p, `unexpected text in <${wrapper.local}>: ${JSON.stringify(wrapper.text.trim().slice(0, 40))}`, wrapper.offset);
    for (const c of wrapper.children) {
      if (c.local !== item) {
        if (!isForeign(c.ns)) unknownChild(c, p, `<${wrapper.local}> (expected <${item}>)`);
        continue;
      }
      if (isForeign(c.ns)) continue;
      const ip = `${p}/${item}[${out.length + 1}]`;
      checkNs(c, itemNs, ip);
      out.push(value(c, type, itemNs, ip));
    }
    return out;
  };

  const object = (el: XmlElement, node: ObjectNode, ns: string, p: string): Record<string, unknown> => {
    const c = cm.object(node);
    const out: Record<string, unknown> = {};
    checkAttributes(el, p, c.attributes, out);
    if (c.text) out[c.text.prop] = scalar(el.text, cm.resolve(c.text.type) as ScalarNode, p, el.offset);
    else if (el.text.trim() !== '') report('UNEXPECTED_TEXT', p, `unexpected text in <${el.local}>: ${JSON.stringify(el.text.trim().slice(0, 40))}`, el.offset);
    for (const child of el.children) {
      const f = c.elements.get(child.local);
      if (!f || isForeign(child.ns)) {
        if (!isForeign(child.ns)) unknownChild(child, p, `<${el.local}>`);
        continue;
      }
      const fieldNs = f.ns ?? ns;
      if (f.list && !f.list.wrapped) {
        const arr = (out[f.prop] ??= []) as unknown[];
        const itemNs = f.list.itemNs ?? fieldNs;
        const ip = `${p}/${child.local}[${arr.length + 1}]`;
        checkNs(child, itemNs, ip);
        arr.push(value(child, f.type, itemNs, ip));
        continue;
      }
      const cp = `${p}/${child.local}`;
      if (out[f.prop] !== undefined) {
        report('DUPLICATE', cp, `<${child.local}> appears more than once in <${el.local}>; it may appear only once`, child.offset);
        continue;
      }
      checkNs(child, fieldNs, cp);
      out[f.prop] = f.list ? list(child, f.list.item, f.list.itemNs ?? fieldNs, f.type, cp) : value(child, f.type, fieldNs, cp);
    }
    if (checkValues) {
      for (const f of checkObjectRules(node, out, (prop) => c.props.get(prop)?.name ?? prop)) report(f.code, p, f.message, el.offset);
    }
    return out;
  };

  const v = value(root, name, payload.ns, path);
  return { payload: name, value: v, issues };
}
