/**
 * Sample values for the spec's object schemas, and the clean-up of values json-schema-faker made from
 * them, so that the codec can encode both as valid XML. The codec has no sample generator; this one
 * reads the bundled OpenAPI document (JSON Schema plus the `x-regrws-*` extensions).
 */
import { resolvePointer } from '@regrws/codec';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = { [key: string]: unknown };
export interface OpenApiDocument {
  components?: { schemas?: Record<string, Schema> } & Record<string, unknown>;
  [key: string]: unknown;
}

/** Deepest nesting sampled; deeper optional properties are left out (the spec has no cycles today). */
const MAX_DEPTH = 12;
const SAMPLE_DATE_TIME = '2024-05-02T13:04:11-04:00';

export class SchemaSampler {
  constructor(private readonly doc: OpenApiDocument) {}

  /** Follows `#/components/...` references; sibling keywords of a `$ref` only describe XML and docs. */
  resolve(schema: Schema): Schema {
    let s = schema;
    for (let hops = 0; typeof s.$ref === 'string'; hops++) {
      if (hops > 32) throw new Error(`reference loop at ${String(schema.$ref)}`);
      s = resolvePointer(this.doc as Record<string, unknown>, s.$ref as string) as Schema;
    }
    return s;
  }

  /** A valid value for the schema, preferring the spec's own `example`s. */
  sample(schema: Schema, depth = 0): Json {
    const s = this.resolve(schema);
    const variants = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
    if (variants?.length) return this.sample(variants[0]!, depth);
    const type = typeOf(s);
    if (type === 'object') return this.sampleObject(s, depth);
    if (type === 'array') {
      const min = Math.max(1, Number(s.minItems ?? 1));
      return Array.from({ length: min }, () => this.sample((s.items as Schema) ?? {}, depth + 1));
    }
    return sampleScalar(s, type);
  }

  private sampleObject(s: Schema, depth: number): Json {
    const props = properties(s);
    const required = new Set((s.required as string[] | undefined) ?? []);
    const excluded = new Set<string>();
    for (const group of exclusiveGroups(s)) for (const p of group.slice(1)) excluded.add(p);
    const max = typeof s.maxProperties === 'number' ? s.maxProperties : Infinity;
    const out: { [key: string]: Json } = {};
    // Required properties first, so that `maxProperties` never crowds one out.
    for (const name of required) if (props[name]) out[name] = this.sample(props[name]!, depth + 1);
    for (const [name, ps] of Object.entries(props)) {
      if (Object.keys(out).length >= max) break;
      if (name in out) continue;
      if (excluded.has(name) && !required.has(name)) continue;
      if (depth >= MAX_DEPTH && !required.has(name)) continue;
      out[name] = this.sample(ps, depth + 1);
    }
    return out;
  }

  /**
   * Makes a generated value fit the schema: wrong scalars are replaced by samples, unknown properties
   * dropped, mutually exclusive groups and `maxProperties` cut down, missing required ones filled in.
   */
  sanitise(value: unknown, schema: Schema, depth = 0): Json {
    const s = this.resolve(schema);
    const variants = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
    if (variants?.length) return this.sanitise(value, variants[0]!, depth);
    const type = typeOf(s);
    if (type === 'array') {
      if (!Array.isArray(value)) return this.sample(s, depth);
      const max = typeof s.maxItems === 'number' ? s.maxItems : 3;
      const items = value.slice(0, max).map((v) => this.sanitise(v, (s.items as Schema) ?? {}, depth + 1));
      return items.length >= Number(s.minItems ?? 0) ? items : (this.sample(s, depth) as Json[]);
    }
    if (type === 'object') {
      if (!value || typeof value !== 'object' || Array.isArray(value) || depth > MAX_DEPTH) return this.sample(s, depth);
      const props = properties(s);
      const required = new Set((s.required as string[] | undefined) ?? []);
      const given = value as Record<string, unknown>;
      const out: { [key: string]: Json } = {};
      for (const [name, ps] of Object.entries(props)) {
        const v = given[name];
        if (v === undefined || v === null || v === '') continue;
        const clean = this.sanitise(v, ps, depth + 1);
        // The codec omits empty lists and elements, so an empty one is the same as an absent one.
        if (!isEmpty(clean)) out[name] = clean;
      }
      for (const group of exclusiveGroups(s)) {
        const present = group.filter((p) => p in out);
        for (const p of present.slice(1)) delete out[p];
      }
      const max = typeof s.maxProperties === 'number' ? s.maxProperties : Infinity;
      for (const name of Object.keys(out).slice(max)) if (!required.has(name)) delete out[name];
      for (const name of required) if (!(name in out) && props[name]) out[name] = this.sample(props[name]!, depth + 1);
      const min = typeof s.minProperties === 'number' ? s.minProperties : 0;
      for (const [name, ps] of Object.entries(props)) {
        if (Object.keys(out).length >= min) break;
        if (!(name in out)) out[name] = this.sample(ps, depth + 1);
      }
      return out;
    }
    return scalarFits(s, type, value) ? (value as Json) : sampleScalar(s, type);
  }
}

function isEmpty(v: Json): boolean {
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && v !== null && Object.keys(v).length === 0;
}

function typeOf(s: Schema): string {
  const t = s.type;
  if (Array.isArray(t)) return String(t.find((x) => x !== 'null') ?? 'string');
  if (typeof t === 'string') return t;
  if (s.properties) return 'object';
  if (s.items) return 'array';
  return 'string';
}

function properties(s: Schema): Record<string, Schema> {
  return (s.properties as Record<string, Schema> | undefined) ?? {};
}

function exclusiveGroups(s: Schema): string[][] {
  const g = s['x-regrws-mutually-exclusive'];
  if (!Array.isArray(g)) return [];
  // Either one group `[a, b]` or a list of groups `[[a, b], [c, d]]`.
  return g.every((x) => typeof x === 'string') ? [g as string[]] : (g as string[][]);
}

function sampleScalar(s: Schema, type: string): Json {
  const enumValues = (s.enum ?? s['x-extensible-enum']) as Json[] | undefined;
  if (enumValues?.length) return enumValues[0]!;
  const examples = [s.example, ...(Array.isArray(s.examples) ? s.examples : [])];
  for (const e of examples) if (e !== undefined && scalarFits(s, type, e)) return e as Json;
  if (type === 'integer' || type === 'number') return typeof s.minimum === 'number' ? s.minimum : 1;
  if (type === 'boolean') return false;
  if (s.format === 'date-time') return SAMPLE_DATE_TIME;
  if (s.format === 'date') return SAMPLE_DATE_TIME.slice(0, 10);
  if (s.format === 'email') return 'noc@example.net';
  const min = typeof s.minLength === 'number' ? s.minLength : 1;
  return 'sample'.padEnd(min, 'x');
}

function scalarFits(s: Schema, type: string, v: unknown): boolean {
  if (type === 'integer') {
    if (typeof v !== 'number' || !Number.isInteger(v)) return false;
  } else if (type === 'number') {
    if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  } else if (type === 'boolean') {
    return typeof v === 'boolean';
  } else if (typeof v !== 'string' || v === '' || v.trim() !== v) return false;
  if (Array.isArray(s.enum) && !s.enum.includes(v)) return false;
  if (typeof v === 'number') {
    if (typeof s.minimum === 'number' && v < s.minimum) return false;
    if (typeof s.maximum === 'number' && v > s.maximum) return false;
    return true;
  }
  const str = v as string;
  if (typeof s.minLength === 'number' && str.length < s.minLength) return false;
  if (typeof s.maxLength === 'number' && str.length > s.maxLength) return false;
  if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(str)) return false;
  // The codec accepts ASCII payloads; faker output outside printable ASCII is replaced.
  if (!/^[\x20-\x7e]*$/.test(str)) return false;
  if (s.format === 'date-time' && Number.isNaN(Date.parse(str))) return false;
  return true;
}
