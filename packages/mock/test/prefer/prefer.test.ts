/** Scenario selection through Prism: Prefer code=…, example=…, dynamic=true. */
import { codec } from '@regrws/codec';
import { describe, expect, it } from 'vitest';
import { call, readError, useMock } from '../support/mock.js';
import { documentedStatuses, examplePath, requestExamples, responseExampleNames } from '../support/spec-requests.js';

const { mock } = useMock();
const op = (id: string) => {
  const o = codec.operation(id);
  if (!o) throw new Error(`no operation ${id}`);
  return o;
};
const bodyOf = (id: string) => Object.values(requestExamples(op(id)))[0];

describe('Prefer: code=404', () => {
  const withNotFound = codec.map.operations.filter((o) => documentedStatuses(o).includes('404'));

  it('is documented by several operations', () => {
    expect(withNotFound.length).toBeGreaterThanOrEqual(5);
  });

  it.each(withNotFound.slice(0, 8).map((o) => [o.operationId, o] as const))('%s answers the documented 404 ErrorPayload', async (_id, o) => {
    const body = Object.values(requestExamples(o))[0];
    const reply = await call(mock().url, o.method.toUpperCase(), examplePath(o), { headers: { Prefer: 'code=404' }, ...(body ? { body } : {}) });
    expect(reply.status).toBe(404);
    expect(readError(reply).code).toBe('E_OBJECT_NOT_FOUND');
  });

  it('a status the operation does not document is refused with E_BAD_REQUEST, not a problem+json', async () => {
    const reply = await call(mock().url, 'GET', examplePath(op('getPoc')), { headers: { Prefer: 'code=409' } });
    expect(reply.status).toBe(400);
    const e = readError(reply);
    expect(e.code).toBe('E_BAD_REQUEST');
    expect(e.additionalInfo?.join(' ')).toMatch(/409/);
  });
});

describe('Prefer: code=400 (parked under another status in the mock spec)', () => {
  it('answers the documented 400 example with status 400', async () => {
    const reply = await call(mock().url, 'GET', examplePath(op('getNet')), { headers: { Prefer: 'code=400' } });
    expect(reply.status).toBe(400);
    expect(['E_ENTITY_VALIDATION', 'E_SCHEMA_VALIDATION', 'E_BAD_REQUEST', 'E_AUTHENTICATION']).toContain(readError(reply).code);
  });

  it('with example=missingApiKey picks that 400 example', async () => {
    const reply = await call(mock().url, 'GET', examplePath(op('getNet')), { headers: { Prefer: 'code=400, example=missingApiKey' } });
    expect(reply.status).toBe(400);
    expect(readError(reply)).toMatchObject({ code: 'E_AUTHENTICATION', message: 'The API key specified was missing or invalid.' });
  });
});

describe('Prefer: example=<name>', () => {
  it('getPoc example=role serves the ROLE POC, default serves the first (PERSON) one', async () => {
    expect(responseExampleNames(op('getPoc'), '200')).toEqual(expect.arrayContaining(['person', 'role']));
    const role = await call(mock().url, 'GET', examplePath(op('getPoc')), { headers: { Prefer: 'example=role' } });
    const person = await call(mock().url, 'GET', examplePath(op('getPoc')));
    expect(codec.decode<{ contactType: string }>(role.body, { payload: 'Poc' }).value.contactType).toBe('ROLE');
    expect(codec.decode<{ contactType: string }>(person.body, { payload: 'Poc' }).value.contactType).toBe('PERSON');
  });

  it.each(['reassignNet', 'reallocateNet', 'deleteNet'])('%s: every documented ticketedRequest example is served by name and validates', async (id) => {
    const names = responseExampleNames(op(id), '200');
    expect(names.length).toBeGreaterThanOrEqual(2);
    const seen = new Set<string>();
    for (const name of names) {
      const body = bodyOf(id);
      const reply = await call(mock().url, op(id).method.toUpperCase(), examplePath(op(id)), { headers: { Prefer: `example=${name}` }, ...(body ? { body } : {}) });
      expect(reply.status).toBe(200);
      expect(codec.validate(reply.body, { payload: 'TicketedRequest' }).valid).toBe(true);
      seen.add(reply.body);
    }
    expect(seen.size).toBe(names.length);
  });

  it('an unknown example name is refused with E_BAD_REQUEST', async () => {
    const reply = await call(mock().url, 'GET', examplePath(op('getPoc')), { headers: { Prefer: 'example=nonesuch' } });
    expect(reply.status).toBe(400);
    expect(readError(reply).code).toBe('E_BAD_REQUEST');
  });
});

describe('Prefer: dynamic=true', () => {
  it.each(['getOrg', 'getTicket', 'reassignNet', 'listTicketsByStatus'])('%s gives fresh valid data on each call', async (id) => {
    const o = op(id);
    const payload = o.responses['200']!;
    const body = bodyOf(id);
    const replies = [];
    for (let i = 0; i < 2; i++) replies.push(await call(mock().url, o.method.toUpperCase(), examplePath(o), { headers: { Prefer: 'dynamic=true' }, ...(body ? { body } : {}) }));
    for (const r of replies) {
      expect(r.status).toBe(200);
      expect(codec.validate(r.body, { payload }).valid).toBe(true);
    }
    expect(replies[0]!.body).not.toBe(replies[1]!.body);
  });

  it('TicketedRequest carries exactly one of net / ticket', async () => {
    for (let i = 0; i < 10; i++) {
      const r = await call(mock().url, 'DELETE', examplePath(op('deleteNet')), { headers: { Prefer: 'dynamic=true' } });
      const v = codec.decode<Record<string, unknown>>(r.body, { payload: 'TicketedRequest' }).value;
      expect(Object.keys(v).filter((k) => k === 'net' || k === 'ticket')).toHaveLength(1);
    }
  });

  it('combines with code=404: a generated ErrorPayload', async () => {
    const r = await call(mock().url, 'GET', examplePath(op('getCustomer')), { headers: { Prefer: 'code=404, dynamic=true' } });
    expect(r.status).toBe(404);
    readError(r);
  });
});

describe('Prefer: example=… with dynamic=true (contradictory)', () => {
  // Prism looks for the named example in the generated (JSON) variant, which has none: without code= it
  // says "not found", with code= it fails with a 500 UNKNOWN. The mock refuses the combination itself.
  it.each([
    ['getPoc', 'code=200, example=person, dynamic=true'],
    ['getPoc', 'example=person, dynamic=true'],
    ['getPoc', 'code=200;example=person;dynamic=true'],
    ['getCustomer', 'code=404, example=notFound, dynamic=true'],
    ['getPoc', 'dynamic=true, example=nonesuch'],
  ])('%s with %s → 400 E_BAD_REQUEST naming Prefer', async (id, prefer) => {
    const r = await call(mock().url, op(id).method.toUpperCase(), examplePath(op(id)), { headers: { Prefer: prefer } });
    expect(r.status, r.body).toBe(400);
    const e = readError(r);
    expect(e.code).toBe('E_BAD_REQUEST');
    expect(e.message).toBe('The Prefer header asks for options that cannot be combined.');
    expect(e.components).toEqual([{ name: 'Prefer', message: expect.stringMatching(/^example=\S+ and dynamic=true cannot be combined/) }]);
  });

  it('every operation × every documented status and example, with dynamic=true: 400, never 5xx', async () => {
    const seen = new Map<number, number>();
    for (const o of codec.map.operations) {
      const body = Object.values(requestExamples(o))[0];
      for (const status of documentedStatuses(o)) {
        for (const name of responseExampleNames(o, status)) {
          const r = await call(mock().url, o.method.toUpperCase(), examplePath(o), { headers: { Prefer: `code=${status}, example=${name}, dynamic=true` }, ...(body ? { body } : {}) });
          seen.set(r.status, (seen.get(r.status) ?? 0) + 1);
          expect(r.status, `${o.operationId} ${status} ${name}: ${r.body.slice(0, 300)}`).toBe(400);
          expect(readError(r).code).toBe('E_BAD_REQUEST');
        }
      }
    }
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  }, 60_000);

  it('example=… with dynamic=false is just that example', async () => {
    const r = await call(mock().url, 'GET', examplePath(op('getPoc')), { headers: { Prefer: 'example=role, dynamic=false' } });
    expect(r.status).toBe(200);
    expect(codec.decode<{ contactType: string }>(r.body, { payload: 'Poc' }).value.contactType).toBe('ROLE');
  });
});
