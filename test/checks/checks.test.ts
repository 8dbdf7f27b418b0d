// The two checks every contract test relies on (the codec's strict validation and the independent Ajv
// check of the decoded value against the bundled component schema) agree on the spec's examples, and
// both can fail.
import { codec } from '@regrws/codec';
import { describe, expect, it } from 'vitest';
import { ajvErrors } from '../support/ajv.js';
import { operations } from '../support/spec.js';
import { broken } from './broken.fixture.js';

const examples = operations.flatMap((op) => [
  ...(op.request?.examples ?? []).map((e) => ({ where: `${op.operationId} request ${e.name}`, payload: op.request!.payload, xml: e.xml })),
  ...op.responses.flatMap((r) => r.examples.map((e) => ({ where: `${op.operationId} ${r.status} ${e.name}`, payload: r.payload!, xml: e.xml }))),
]);

describe('independent checks', () => {
  it('the spec has an example for every documented XML body', () => {
    for (const op of operations) {
      for (const r of op.responses) expect(r.payload && r.examples.length, `${op.operationId} ${r.status}`).toBeTruthy();
      if (op.request) expect(op.request.examples.length, `${op.operationId} request`).toBeGreaterThan(0);
    }
    expect(examples.length).toBeGreaterThan(300);
  });

  it.each(examples.map((e) => [e.where, e] as const))('codec and Ajv accept %s', (_, e) => {
    expect(codec.validate(e.xml, { payload: e.payload }).issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(ajvErrors(e.payload, codec.decode(e.xml, { payload: e.payload }).value)).toEqual([]);
  });

  it.each(broken.map((b) => [b.why, b] as const))('both reject a payload with %s', (_, b) => {
    expect(codec.validate(b.xml, { payload: b.payload }).valid).toBe(false);
    const decoded = (() => {
      try {
        return codec.decode(b.xml, { payload: b.payload }).value;
      } catch {
        return undefined; // the codec refuses to read it at all: nothing for Ajv to see
      }
    })();
    if (decoded !== undefined) expect(ajvErrors(b.payload, decoded)).not.toEqual([]);
  });
});
