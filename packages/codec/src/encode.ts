/** Typed value → canonical XML, and the strict checks that guard it. */
import type { CompiledMap } from './compiled.js';
import { checkObjectRules, checkScalar, checkScalarType } from './rules.js';
import type { FieldNode, IssueCode, ScalarNode, TypeRef, XmlIssue } from './types.js';

export function validateValue(cm: CompiledMap, payload: string, input: unknown): XmlIssue[] {
  const issues: XmlIssue[] = [];
  const p = cm.payload(payload);
  if (!p) return [{ severity: 'error', code: 'UNKNOWN_PAYLOAD', path: '', message: `unknown payload name "${payload}"` }];
  const report = (code: IssueCode, path: string, message: string) =>
    issues.push({ severity: code === 'UNKNOWN_VALUE' ? 'warning' : 'error', code, path, message });

  const visit = (ref: TypeRef, v: unknown, path: string): void => {
    const node = cm.resolve(ref);
    if (node.kind === 'scalar') {
      const bad = checkScalarType(node, v);
      if (bad) return void report(bad.code, path, bad.message);
      for (const f of checkScalar(node, v)) report(f.code, path, f.message);
      return;
    }
    if (node.kind === 'list') return visitList(v, node.item, node.type, path);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return void report('TYPE', path, `expected an object, found ${Array.isArray(v) ? 'an array' : JSON.stringify(v)}`);
    const c = cm.object(node);
    const obj = v as Record<string, unknown>;
    for (const [prop, pv] of Object.entries(obj)) {
      if (pv === undefined) continue;
      const f = c.props.get(prop);
      if (!f) {
        report('UNKNOWN_PROPERTY', `${path}/${prop}`, `unknown property "${prop}"; known: ${[...c.props.keys()].join(', ')}`);
        continue;
      }
      const fp = f.attribute ? `${path}/@${f.name}` : f.text ? path : `${path}/${f.name}`;
      if (pv === null) continue;
      if (f.list) visitList(pv, f.list.item, f.type, fp, f.list.wrapped ? undefined : path);
      else visit(f.type, pv, fp);
    }
    for (const f of checkObjectRules(node, obj, (prop) => c.props.get(prop)?.name ?? prop)) report(f.code, path, f.message);
  };
  const visitList = (v: unknown, item: string, type: TypeRef, path: string, unwrappedParent?: string) => {
    if (!Array.isArray(v)) return void report('TYPE', path, `expected an array, found ${JSON.stringify(v)}`);
    const base = unwrappedParent ?? path;
    v.forEach((x, i) => visit(type, x, `${base}/${item}[${i + 1}]`));
  };
  visit(payload, input, `/${p.element}`);
  return issues;
}

export interface EncodeOptions {
  /** Emit `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` first (default true, as the real server does). */
  declaration?: boolean;
  /**
   * Empty wrapped lists: `'omit'` (default; an empty element can make ARIN fail on input) or `'keep'`
   * (`<pocLinks/>`, as the real server writes its responses; for mocks and fixtures).
   */
  emptyLists?: 'omit' | 'keep';
  /** Check the value against the schema first and refuse invalid ones (default true). */
  validate?: boolean;
}

export function escapeText(s: string): string {
  return /[&<>\r]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;') : s;
}

export function escapeAttribute(s: string): string {
  return /[&<>"\t\n\r]/.test(s)
    ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')
    : s;
}

export function encodeValue(cm: CompiledMap, payload: string, value: unknown, emptyLists: 'omit' | 'keep' = 'omit'): string {
  const p = cm.payload(payload)!;
  const spaces = cm.namespacesOf(payload);
  const prefixOf = new Map<string, string>();
  let n = 2;
  for (const ns of spaces) {
    if (ns === p.ns) continue;
    let prefix = cm.map.prefixes[ns];
    if (!prefix || [...prefixOf.values()].includes(prefix)) prefix = `ns${n}`;
    n++;
    prefixOf.set(ns, prefix);
  }
  const used = new Set<string>();
  const qname = (local: string, ns: string) => {
    if (ns === p.ns) return local;
    used.add(ns);
    return `${prefixOf.get(ns)}:${local}`;
  };

  const scalarText = (v: unknown): string => (typeof v === 'string' ? v : String(v));

  const element = (local: string, ns: string, ref: TypeRef, v: unknown, extra = ''): string => {
    const node = cm.resolve(ref);
    const q = qname(local, ns);
    if (node.kind === 'scalar') {
      const text = scalarText(v);
      return text === '' ? '' : `<${q}${extra}>${escapeText(text)}</${q}>`;
    }
    if (node.kind === 'list') {
      const items = (v as unknown[]).map((x) => element(node.item, node.itemNs ?? ns, node.type, x)).join('');
      return items === '' && !extra ? '' : `<${q}${extra}>${items}</${q}>`;
    }
    const obj = v as Record<string, unknown>;
    let attrs = extra;
    let content = '';
    for (const f of node.fields) {
      const fv = obj[f.prop];
      if (fv === undefined || fv === null) continue;
      if (f.attribute) {
        const s = scalarText(fv);
        if (s !== '') attrs += ` ${f.ns ? qname(f.name, f.ns) : f.name}="${escapeAttribute(s)}"`;
      } else if (f.text) content += escapeText(scalarText(fv));
      else content += field(f, fv, ns);
    }
    if (content === '') return attrs === '' ? '' : `<${q}${attrs}/>`;
    return `<${q}${attrs}>${content}</${q}>`;
  };

  const field = (f: FieldNode, v: unknown, parentNs: string): string => {
    const ns = f.ns ?? parentNs;
    if (!f.list) return element(f.name, ns, f.type, v);
    const arr = v as unknown[];
    if (arr.length === 0) return emptyLists === 'keep' && f.list.wrapped ? `<${qname(f.name, ns)}/>` : '';
    const itemNs = f.list.itemNs ?? ns;
    const items = arr.map((x) => element(f.list!.item, itemNs, f.type, x)).join('');
    if (!f.list.wrapped) return items;
    const q = qname(f.name, ns);
    return items === '' ? '' : `<${q}>${items}</${q}>`;
  };

  // Declare only the namespaces the document uses, on the root, as the real server does.
  const MARK = '\u0000';
  const body = element(p.element, p.ns, payload, value, MARK);
  let decls = ` xmlns="${escapeAttribute(p.ns)}"`;
  for (const [ns, prefix] of prefixOf) if (used.has(ns)) decls += ` xmlns:${prefix}="${escapeAttribute(ns)}"`;
  return body === '' ? `<${p.element}${decls}/>` : body.replace(MARK, decls);
}

export type { ScalarNode };
