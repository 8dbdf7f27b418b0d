/**
 * `Prefer: dynamic=true`: Prism's faked JSON is cleaned by SchemaSampler.sanitise and encoded by the
 * codec, which refuses a value whose required list is empty (`streetAddress: []`). Many draws per
 * payload through the running mock, and the sanitiser alone on hostile shapes of every payload.
 */
import { codec, type OperationInfo } from '@regrws/codec';
import { describe, expect, it } from 'vitest';
import { loadBundledSpec, SchemaSampler } from '../../dist/index.js';
import { call, useMock } from '../support/mock.js';
import { examplePath, lowest2xx, requestExamples } from '../support/spec-requests.js';

const { mock } = useMock();
const DRAWS = 50;
type Schema = Record<string, unknown>;

/** One operation per distinct payload of a lowest 2xx (the payloads dynamic=true generates). */
const byPayload = new Map<string, OperationInfo>();
for (const op of codec.map.operations) {
  const payload = op.responses[lowest2xx(op)];
  if (payload && !byPayload.has(payload)) byPayload.set(payload, op);
}

/** Required elements and required lists (with at least one item) of a decoded value, recursively. */
function emptyRequired(value: unknown, schema: Schema, sampler: SchemaSampler, path: string): string[] {
  const s = sampler.resolve(schema);
  const variants = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (variants?.length) return emptyRequired(value, variants[0]!, sampler, path);
  if (Array.isArray(value)) return value.flatMap((v, i) => emptyRequired(v, (s.items as Schema) ?? {}, sampler, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const out: string[] = [];
  for (const name of (s.required as string[] | undefined) ?? []) {
    const v = (value as Record<string, unknown>)[name];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) out.push(`${path}/${name}`);
  }
  for (const [name, v] of Object.entries(value)) if (props[name]) out.push(...emptyRequired(v, props[name]!, sampler, `${path}/${name}`));
  return out;
}

const spec = loadBundledSpec();
const sampler = new SchemaSampler(spec);
const schemaOf = (payload: string) => (spec.components!.schemas as Record<string, Schema>)[payload]!;

describe(`Prefer: dynamic=true, ${DRAWS} draws per payload`, () => {
  it('covers Poc, Org and Customer (the payloads with a required streetAddress)', () => {
    expect([...byPayload.keys()]).toEqual(expect.arrayContaining(['Poc', 'Org', 'Customer']));
  });

  it.each([...byPayload].map(([payload, op]) => [payload, op] as const))('%s: every draw is a documented 2xx that validates, every required list filled', async (payload, op) => {
    const body = Object.values(requestExamples(op))[0];
    const status = Number(lowest2xx(op));
    const bodies = new Set<string>();
    for (let i = 0; i < DRAWS; i++) {
      const r = await call(mock().url, op.method.toUpperCase(), examplePath(op), { headers: { Prefer: 'dynamic=true' }, ...(body ? { body } : {}) });
      expect(r.status, r.body.slice(0, 500)).toBe(status);
      const v = codec.validate(r.body, { payload });
      expect(v.issues.filter((x) => x.severity === 'error'), r.body.slice(0, 800)).toEqual([]);
      expect(emptyRequired(codec.decode(r.body, { payload }).value, schemaOf(payload), sampler, '')).toEqual([]);
      bodies.add(r.body);
    }
    // Generated, not one fixed fallback answered over and over.
    expect(bodies.size).toBeGreaterThan(DRAWS / 2);
  }, 120_000);
});

/** Every way a faker can leave a required list or element empty, at every level of the schema. */
function hostileVariants(schema: Schema, depth = 0): unknown[] {
  const s = sampler.resolve(schema);
  const variants = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (variants?.length) return hostileVariants(variants[0]!, depth);
  const type = s.type ?? (s.properties ? 'object' : s.items ? 'array' : 'string');
  if (type === 'array') {
    const items = depth > 6 ? [] : hostileVariants((s.items as Schema) ?? {}, depth + 1);
    return [[], null, '', {}, [null], [[]], ...items.slice(0, 4).map((x) => [x])];
  }
  if (type === 'object') {
    const props = Object.entries((s.properties ?? {}) as Record<string, Schema>);
    const out: unknown[] = [{}, null, [], 'x'];
    const full = sampler.sample(s) as Record<string, unknown>;
    for (const [name, ps] of props) {
      if (depth > 6) break;
      for (const v of hostileVariants(ps, depth + 1).slice(0, 6)) out.push({ ...full, [name]: v });
    }
    return out;
  }
  return [null, '', ' x ', 12, true, [], {}, 'é'];
}

describe('SchemaSampler.sanitise', () => {
  it('fills streetAddress: [] and [{}] of Poc, Org and Customer (the reported draws)', () => {
    for (const payload of ['Poc', 'Org', 'Customer']) {
      const full = sampler.sample(schemaOf(payload)) as Record<string, unknown>;
      for (const broken of [[], [{}], [null], null, '']) {
        const clean = sampler.sanitise({ ...full, streetAddress: broken }, schemaOf(payload)) as Record<string, unknown>;
        expect((clean.streetAddress as unknown[]).length, `${payload} ${JSON.stringify(broken)}`).toBeGreaterThan(0);
        expect(() => codec.encode(payload, clean)).not.toThrow();
      }
    }
  });

  it.each([...byPayload.keys()])('%s: every hostile shape is cleaned into a value the codec encodes and validates', (payload) => {
    const variants = hostileVariants(schemaOf(payload));
    expect(variants.length).toBeGreaterThan(3);
    for (const v of variants) {
      const clean = sampler.sanitise(v, schemaOf(payload));
      let xml = '';
      expect(() => (xml = codec.encode(payload, clean)), JSON.stringify(v).slice(0, 300)).not.toThrow();
      expect(codec.validate(xml, { payload }).valid).toBe(true);
      expect(emptyRequired(clean, schemaOf(payload), sampler, '')).toEqual([]);
    }
  });

  it('sample() keeps required properties even under maxProperties', () => {
    const s = { type: 'object', maxProperties: 1, required: ['b'], properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'string' } } } };
    expect(new SchemaSampler({}).sample(s)).toEqual({ b: ['sample'] });
  });
});
