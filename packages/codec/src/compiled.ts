/** Lookup tables derived once per map, so decoding and encoding never scan field lists. */
import type { FieldNode, ListNode, ObjectNode, PayloadNode, ScalarNode, TypeNode, TypeRef, XmlMap } from './types.js';

export const CORE_NS = 'http://www.arin.net/regrws/core/v1';
/** Namespaces that belong to Reg-RWS: elements in them must be known. Anything else is foreign and skipped. */
export const ARIN_NAMESPACES = new Set([
  CORE_NS,
  'http://www.arin.net/regrws/messages/v1',
  'http://www.arin.net/regrws/shared-ticket/v1',
  'http://www.arin.net/regrws/ttl/v1',
  'http://www.arin.net/regrws/rpki/v1',
]);

export function isForeign(ns: string | null): boolean {
  return ns !== null && !ARIN_NAMESPACES.has(ns);
}

export interface CompiledObject {
  node: ObjectNode;
  /** Child element local name → field (wrapper name for wrapped lists, item name for unwrapped ones). */
  elements: Map<string, FieldNode>;
  attributes: Map<string, FieldNode>;
  text?: FieldNode;
  props: Map<string, FieldNode>;
}

export class CompiledMap {
  readonly map: XmlMap;
  private readonly objects = new WeakMap<ObjectNode, CompiledObject>();
  private readonly nsCache = new Map<string, string[]>();

  constructor(map: XmlMap) {
    this.map = map;
  }

  resolve(ref: TypeRef): TypeNode {
    if (typeof ref !== 'string') return ref;
    if (!Object.hasOwn(this.map.schemas, ref)) throw new Error(`XML map has no schema ${ref}`);
    return this.map.schemas[ref]!;
  }

  /** The payload of that name; names come from callers and documents, so inherited keys never match. */
  payload(name: string): PayloadNode | undefined {
    return Object.hasOwn(this.map.payloads, name) ? this.map.payloads[name] : undefined;
  }

  object(node: ObjectNode): CompiledObject {
    let c = this.objects.get(node);
    if (c) return c;
    c = { node, elements: new Map(), attributes: new Map(), props: new Map() };
    for (const f of node.fields) {
      c.props.set(f.prop, f);
      if (f.attribute) c.attributes.set(attributeKey(f.ns, f.name), f);
      else if (f.text) c.text = f;
      else c.elements.set(f.list && !f.list.wrapped ? f.list.item : f.name, f);
    }
    this.objects.set(node, c);
    return c;
  }

  /** Every namespace that can occur below a payload root, in a stable order (root namespace first). */
  namespacesOf(payload: string): string[] {
    const cached = this.nsCache.get(payload);
    if (cached) return cached;
    const p = this.payload(payload)!;
    const seen = new Set<string>([p.ns]);
    const visited = new Set<TypeNode>();
    const visit = (ref: TypeRef, ns: string) => {
      const n = this.resolve(ref);
      if (visited.has(n)) return;
      visited.add(n);
      if (n.kind === 'list') {
        const itemNs = n.itemNs ?? ns;
        seen.add(itemNs);
        visit(n.type, itemNs);
      } else if (n.kind === 'object') {
        for (const f of n.fields) {
          if (f.attribute && f.ns) seen.add(f.ns);
          if (f.attribute || f.text) continue;
          const fns = f.ns ?? ns;
          seen.add(fns);
          const itemNs = f.list ? f.list.itemNs ?? fns : fns;
          seen.add(itemNs);
          visit(f.type, itemNs);
        }
      }
    };
    visit(payload, p.ns);
    const out = [...seen];
    this.nsCache.set(payload, out);
    return out;
  }
}

/** Attributes are unqualified unless the spec gives them a namespace (`ttl:ttl` on a nameserver). */
export function attributeKey(ns: string | null, local: string): string {
  return ns ? `{${ns}}${local}` : local;
}

export type { FieldNode, ListNode, ObjectNode, ScalarNode };
