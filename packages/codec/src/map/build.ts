/**
 * Builds the XML map from a bundled OpenAPI 3.1 document (component `$ref`s kept as `#/components/schemas/X`).
 * Conventions read here are documented in spec/EXTENSIONS.md.
 */
import type {
  FieldNode,
  ListNode,
  ObjectNode,
  OperationInfo,
  OperationParam,
  PayloadNode,
  ScalarNode,
  TypeNode,
  TypeRef,
  XmlMap,
} from '../types.js';

type Json = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const REF_PREFIX = '#/components/schemas/';

export class XmlMapBuildError extends Error {
  constructor(where: string, why: string) {
    super(`${where}: ${why}`);
    this.name = 'XmlMapBuildError';
  }
}

export function buildXmlMap(doc: Json): XmlMap {
  const components: Json = doc.components?.schemas ?? {};
  const schemas: Record<string, TypeNode> = {};
  const payloads: Record<string, PayloadNode> = {};
  const prefixes: Record<string, string> = {};

  const refName = (ref: string, where: string): string => {
    if (!ref.startsWith(REF_PREFIX)) throw new XmlMapBuildError(where, `unsupported $ref ${ref} (bundle the spec first)`);
    const name = ref.slice(REF_PREFIX.length);
    if (!Object.hasOwn(components, name)) throw new XmlMapBuildError(where, `$ref to unknown schema ${name}`);
    return name;
  };
  const target = (s: Json, where: string): Json => (s.$ref ? components[refName(s.$ref, where)] : s);
  const notePrefix = (xml: Json | undefined) => {
    if (xml?.namespace && xml.prefix) prefixes[xml.namespace] = xml.prefix;
  };

  const typeOf = (s: Json, where: string): TypeRef => {
    if (s.$ref) return refName(s.$ref, where);
    return node(s, where);
  };

  const scalar = (s: Json, where: string): ScalarNode => {
    const t = Array.isArray(s.type) ? s.type.find((x: string) => x !== 'null') : s.type;
    const type = t === 'integer' || t === 'number' ? 'integer' : t === 'boolean' ? 'boolean' : t === 'string' || t === undefined ? 'string' : undefined;
    if (!type) throw new XmlMapBuildError(where, `unsupported type ${JSON.stringify(s.type)}`);
    if (t === 'number') throw new XmlMapBuildError(where, 'type number is not used by Reg-RWS; use integer or string');
    const out: ScalarNode = { kind: 'scalar', type };
    if (Array.isArray(s.enum)) out.enum = s.enum;
    if (Array.isArray(s['x-extensible-enum'])) out.knownValues = s['x-extensible-enum'];
    for (const k of ['pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'format'] as const) {
      if (s[k] !== undefined) (out as any)[k] = s[k];
    }
    return out;
  };

  const listParts = (s: Json, where: string, fallbackName: string) => {
    if (!s.items) throw new XmlMapBuildError(where, 'array without items');
    const items = s.items as Json;
    const itemTarget = target(items, `${where}.items`);
    const item: string = items.xml?.name ?? itemTarget.xml?.name ?? fallbackName;
    notePrefix(items.xml);
    const itemNs: string | null = items.xml?.namespace ?? itemTarget.xml?.namespace ?? null;
    return { item, itemNs, type: typeOf(items, `${where}.items`) };
  };

  const node = (s: Json, where: string): TypeNode => {
    if (s.oneOf || s.anyOf || s.allOf || s.not) {
      throw new XmlMapBuildError(where, 'oneOf/anyOf/allOf/not are not supported in payload schemas (see spec/EXTENSIONS.md)');
    }
    if (s.type === 'array') {
      const parts = listParts(s, where, 'item');
      const list: ListNode = { kind: 'list', wrapped: s.xml?.wrapped === true, ...parts };
      return list;
    }
    if (s.type === 'object' || s.properties) {
      const fields: FieldNode[] = [];
      for (const [prop, raw] of Object.entries<Json>(s.properties ?? {})) {
        const pwhere = `${where}.properties.${prop}`;
        const t = target(raw, pwhere);
        // Sibling keywords next to $ref override the referenced schema's (OpenAPI 3.1).
        const xml: Json = { ...(t.xml ?? {}), ...(raw.$ref ? raw.xml ?? {} : {}) };
        notePrefix(xml);
        const field: FieldNode = {
          prop,
          name: xml.name ?? prop,
          ns: xml.namespace ?? null,
          type: 'string',
        };
        if (raw.readOnly || t.readOnly) field.readOnly = true;
        if (xml.attribute) {
          field.attribute = true;
          // A default namespace never applies to attributes; core-namespaced ones would need a prefix on output.
          if (xml.namespace === 'http://www.arin.net/regrws/core/v1') throw new XmlMapBuildError(pwhere, 'attributes cannot be in the core namespace');
        }
        if (raw['x-xml-text'] || t['x-xml-text']) field.text = true;
        if (t.type === 'array') {
          const parts = listParts(t, pwhere, field.name);
          field.list = { wrapped: xml.wrapped === true, item: parts.item, itemNs: parts.itemNs };
          if (t.minItems !== undefined) field.list.minItems = t.minItems;
          if (t.maxItems !== undefined) field.list.maxItems = t.maxItems;
          field.type = parts.type;
        } else {
          field.type = typeOf(raw, pwhere);
        }
        if ((field.attribute || field.text) && (field.list || typeof field.type === 'string' && !isScalarSchema(components[field.type]))) {
          throw new XmlMapBuildError(pwhere, 'attributes and x-xml-text must be scalars');
        }
        fields.push(field);
      }
      const obj: ObjectNode = { kind: 'object', fields, required: s.required ?? [] };
      if (s['x-regrws-mutually-exclusive']) obj.exclusive = s['x-regrws-mutually-exclusive'];
      if (s.minProperties !== undefined) obj.minProperties = s.minProperties;
      if (s.maxProperties !== undefined) obj.maxProperties = s.maxProperties;
      for (const r of obj.required) {
        if (!fields.some((f) => f.prop === r)) throw new XmlMapBuildError(where, `required property ${r} is not defined`);
      }
      return obj;
    }
    return scalar(s, where);
  };

  for (const [name, s] of Object.entries<Json>(components)) {
    const where = `components.schemas.${name}`;
    schemas[name] = node(s, where);
    notePrefix(s.xml);
    if (s.xml?.name && (s.xml.namespace || s.type !== 'array')) {
      if (!s.xml.namespace) throw new XmlMapBuildError(where, 'a payload with xml.name needs xml.namespace');
      payloads[name] = { element: s.xml.name, ns: s.xml.namespace };
    }
  }

  const operations: OperationInfo[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op: Json | undefined = item[method];
      if (!op) continue;
      const where = `paths.${path}.${method}`;
      if (!op.operationId) throw new XmlMapBuildError(where, 'operationId is required');
      if (typeof op['x-regrws-idempotent'] !== 'boolean') throw new XmlMapBuildError(where, 'x-regrws-idempotent (boolean) is required');
      const params: OperationParam[] = [];
      for (const rawParam of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const p = rawParam.$ref ? resolvePointer(doc, rawParam.$ref) : rawParam;
        const existing = params.findIndex((q) => q.name === p.name && q.in === p.in);
        const schema = p.schema ? target(p.schema, `${where}.parameters.${p.name}`) : { type: 'string' };
        const param: OperationParam = { name: p.name, in: p.in, required: p.required === true, type: scalar(schema, `${where}.parameters.${p.name}`) };
        if (p.in === 'path' && path.includes(`;${p.name}={${p.name}}`)) param.matrix = true;
        if (existing === -1) params.push(param);
        else params[existing] = param;
      }
      const info: OperationInfo = {
        operationId: op.operationId,
        method,
        path,
        tags: op.tags ?? [],
        summary: op.summary ?? '',
        idempotent: op['x-regrws-idempotent'],
        params,
        responses: {},
      };
      const body = op.requestBody?.$ref ? resolvePointer(doc, op.requestBody.$ref) : op.requestBody;
      if (body) {
        const schema = body.content?.['application/xml']?.schema;
        if (!schema?.$ref) throw new XmlMapBuildError(where, 'the XML request body must refer to a named schema');
        info.request = refName(schema.$ref, where);
        info.requestRequired = body.required === true;
      }
      const responses: Record<string, string | null> = {};
      for (const [status, rawRes] of Object.entries<Json>(op.responses ?? {})) {
        const res = rawRes.$ref ? resolvePointer(doc, rawRes.$ref) : rawRes;
        const schema = res.content?.['application/xml']?.schema;
        responses[status] = schema?.$ref ? refName(schema.$ref, `${where}.responses.${status}`) : null;
      }
      info.responses = responses;
      operations.push(info);
    }
  }
  return { version: 1, prefixes, payloads, schemas, operations };

  function isScalarSchema(s: Json | undefined): boolean {
    return !!s && s.type !== 'object' && s.type !== 'array' && !s.properties;
  }
}

/** Follows a local JSON pointer (`#/components/…`) through own properties only. */
export function resolvePointer(doc: Json, ref: string): Json {
  if (!ref.startsWith('#/')) throw new XmlMapBuildError(ref, 'only local $refs are supported');
  let cur: any = doc;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    cur = cur !== null && typeof cur === 'object' && Object.hasOwn(cur, key) ? cur[key] : undefined;
  }
  if (cur === null || typeof cur !== 'object') throw new XmlMapBuildError(ref, 'dangling $ref');
  return cur;
}
