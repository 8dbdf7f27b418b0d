/**
 * Every operation of the spec, against the running mock: a valid request (path from the spec's
 * parameter examples, body from each of its request examples) gets the documented 2xx, and the body
 * validates with the codec against that response's payload, in the ARIN namespace.
 */
import { codec, type OperationInfo } from '@regrws/codec';
import { describe, expect, it } from 'vitest';
import { call, CORE_NS, useMock, type Reply } from '../support/mock.js';
import { examplePath, lowest2xx, requestExamples } from '../support/spec-requests.js';

const { mock } = useMock();

function expectPayload(reply: Reply, op: OperationInfo, status: string): void {
  expect(reply.status, reply.body.slice(0, 400)).toBe(Number(status));
  const payload = op.responses[status];
  if (!payload) return void expect(reply.body).toBe('');
  expect(reply.headers.get('content-type')).toBe('application/xml');
  const result = codec.validate(reply.body, { payload });
  expect(result.issues.filter((i) => i.severity === 'error'), reply.body.slice(0, 600)).toEqual([]);
  expect(result.valid).toBe(true);
  const element = codec.map.payloads[payload]!.element;
  expect(reply.body).toMatch(new RegExp(`<${element} xmlns="${CORE_NS.replace(/[./]/g, '\\$&')}"`));
  expect(reply.body).not.toContain('<xml>');
}

interface Case {
  op: OperationInfo;
  name: string;
  body: string | undefined;
}

const cases: Case[] = codec.map.operations.flatMap((op): Case[] => {
  const examples = Object.entries(requestExamples(op));
  if (op.request && !examples.length) throw new Error(`${op.operationId} has a request body but no request example`);
  return examples.length ? examples.map(([name, body]) => ({ op, name, body })) : [{ op, name: '(no body)', body: undefined }];
});

describe('every operation answers a valid request with its documented 2xx in Reg-RWS XML', () => {
  it('covers all operations of the spec', () => {
    expect(codec.map.operations.length).toBeGreaterThanOrEqual(49);
    expect(new Set(cases.map((c) => c.op.operationId)).size).toBe(codec.map.operations.length);
  });

  it.each(cases.map((c): [string, Case] => [`${c.op.operationId} ${c.op.method.toUpperCase()} ${c.op.path} [${c.name}]`, c]))('%s', async (_title, c) => {
    const reply = await call(mock().url, c.op.method.toUpperCase(), examplePath(c.op), c.body === undefined ? {} : { body: c.body });
    expectPayload(reply, c.op, lowest2xx(c.op));
  });
});

describe('Prefer: dynamic=true gives valid generated XML for every operation', () => {
  it.each(codec.map.operations.map((op) => [op.operationId, op] as const))('%s', async (_id, op) => {
    const body = Object.values(requestExamples(op))[0];
    const bodies = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const reply = await call(mock().url, op.method.toUpperCase(), examplePath(op), { headers: { Prefer: 'dynamic=true' }, ...(body === undefined ? {} : { body }) });
      expectPayload(reply, op, lowest2xx(op));
      bodies.add(reply.body);
    }
    // Faker data: three draws are not all the same document (unless the payload carries no data).
    if (op.responses[lowest2xx(op)]) expect(bodies.size).toBeGreaterThan(1);
  });
});
