/** The derived mock-only spec: what Prism is given instead of the hand-written one. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildXmlMap, codec, createCodec } from '@regrws/codec';
import { describe, expect, it } from 'vitest';
import { deriveMockSpec, PARKED_400 } from '../../dist/index.js';
import { bundledSpec } from '../support/mock.js';
import { noExampleSpec } from './mock-spec.fixture.js';

const built = JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/mock-spec.json', import.meta.url)), 'utf8'));

describe('dist/mock-spec.json', () => {
  const ops = Object.values<Record<string, any>>(built.paths).flatMap((item) => Object.values<any>(item));

  it('has every operation once, at a path that names it', () => {
    expect(ops.map((o) => o.operationId).sort()).toEqual(codec.map.operations.map((o) => o.operationId).sort());
    for (const [path, item] of Object.entries<Record<string, any>>(built.paths)) for (const op of Object.values<any>(item)) expect(path.startsWith(`/${op.operationId}`)).toBe(true);
  });

  it('never uses style: matrix, security, or a 400 Prism would answer invalid requests with', () => {
    const text = JSON.stringify(built);
    expect(text).not.toContain('"style":"matrix"');
    expect(built.security).toBeUndefined();
    for (const op of ops) {
      expect(op.security).toBeUndefined();
      expect(Object.keys(op.responses)).not.toContain('400');
      expect(op.parameters.map((p: any) => p.name)).not.toContain('apikey');
    }
    expect(ops.some((op) => PARKED_400 in op.responses)).toBe(true);
  });

  it('XML request bodies are strings with a root-element pattern; XML responses are strings with examples plus a JSON variant', () => {
    for (const op of ops) {
      const req = op.requestBody?.content?.['application/xml'];
      if (req) expect(req.schema).toEqual({ type: 'string', pattern: expect.stringContaining('<') });
      for (const res of Object.values<any>(op.responses)) {
        const xml = res.content?.['application/xml'];
        if (!xml) continue;
        expect(xml.schema).toEqual({ type: 'string' });
        const examples = Object.values<any>(xml.examples);
        expect(examples.length).toBeGreaterThan(0);
        for (const e of examples) expect(codec.validate(e.value).valid).toBe(true);
        expect(res.content['application/json'].schema.$ref).toMatch(/^#\/components\/schemas\//);
      }
    }
  });
});

describe('deriveMockSpec', () => {
  it('gives a response without an example one encoded by the codec from a schema sample', () => {
    const fixtureCodec = createCodec(buildXmlMap(noExampleSpec));
    const { spec, report } = deriveMockSpec(noExampleSpec, fixtureCodec);
    expect(report.generatedExamples).toEqual(['getThing 200']);
    const xml = (spec.paths as any)['/getThing/{handle}'].get.responses['200'].content['application/xml'].examples.sample.value as string;
    expect(xml).toContain('<thing xmlns="http://www.arin.net/regrws/core/v1">');
    expect(fixtureCodec.validate(xml, { payload: 'Thing' }).valid).toBe(true);
    // The sample prefers the schema's own examples and enums.
    expect(fixtureCodec.decode<any>(xml, { payload: 'Thing' }).value).toMatchObject({ handle: 'THING-1', kind: 'A' });
  });

  it('derives from the real bundle without generating anything the spec already documents', () => {
    const { report } = deriveMockSpec(bundledSpec, codec);
    expect(report.operations).toBe(codec.map.operations.length);
  });
});
