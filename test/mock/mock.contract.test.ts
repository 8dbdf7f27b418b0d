// Mock against the spec, for every operation: a valid request gets a documented status, application/xml
// and a body valid for that status's schema (the codec and, independently, Ajv on the decoded value);
// every documented status and example can be asked for with `Prefer`; invalid requests get the
// documented 4xx with an ErrorPayload.
import { codec } from '@regrws/codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerProblems, errorPayloadProblems, runningMock, withKey } from '../support/mock.js';
import { buildPath, operations, response, sampleParams, statuses, type SpecOperation } from '../support/spec.js';
import { tag } from '../support/tag.js';
import { mockCases, type InvalidRequest } from './operations.fixture.js';
import { pendingBug } from './pending.js';

/** `it`, or a skipped case naming the reported bug (see pending.ts). */
function contractCase(operationId: string, name: string, fn: (context: { task: { meta: object } }) => Promise<void>) {
  const bug = pendingBug(operationId, name);
  if (bug) it.skip(`${name} [pending mock bug ${bug.id}: ${bug.bug}]`, fn);
  else it(name, fn);
}

const DYNAMIC_DRAWS = 8;

let mock: Awaited<ReturnType<typeof runningMock>>;
beforeAll(async () => {
  mock = await runningMock();
});
afterAll(async () => {
  await mock?.close();
});

function validPath(op: SpecOperation): string {
  const params = sampleParams(op);
  const query = op.params.filter((p) => p.in === 'query').map((p) => `${p.name}=${encodeURIComponent(params[p.name]!)}`);
  return withKey(buildPath(op, params) + (query.length ? `?${query.join('&')}` : ''));
}

function validBody(op: SpecOperation, names?: string[]) {
  if (!op.request) return [{ name: 'no body', xml: undefined as string | undefined }];
  const all = op.request.examples;
  const chosen = names ? all.filter((e) => names.includes(e.name)) : all;
  if (names && chosen.length !== names.length) throw new Error(`${op.operationId}: unknown request example in ${names.join(', ')}`);
  return chosen.map((e) => ({ name: e.name, xml: e.xml as string | undefined }));
}

const xmlHeaders = (body: string | undefined): Record<string, string> => ({ Accept: 'application/xml', ...(body === undefined ? {} : { 'Content-Type': 'application/xml' }) });

/** A well-formed payload of another kind than the operation's request (a delegation, or a ticket for delegation bodies). */
const otherPayload = (payload: string) => (payload === 'Delegation'
  ? '<ticket xmlns="http://www.arin.net/regrws/core/v1"><ticketNo>20240502-X17</ticketNo></ticket>'
  : '<delegation xmlns="http://www.arin.net/regrws/core/v1"><name>x</name></delegation>');

/** The invalid requests every operation gets, from what the spec says about it. */
function sharedInvalid(op: SpecOperation): InvalidRequest[] {
  const params = sampleParams(op);
  const body = validBody(op)[0]!.xml;
  const method = op.method.toUpperCase();
  // The operation's documented query parameters with their sample values (msgRefs, ttl), without the key.
  const query = op.params.filter((p) => p.in === 'query').map((p) => `${p.name}=${encodeURIComponent(params[p.name]!)}`);
  const withQuery = (path: string) => path + (query.length ? `?${query.join('&')}` : '');
  const plainPath = withQuery(buildPath(op, params));
  const sep = plainPath.includes('?') ? '&' : '?';
  const auth = statuses(op).filter((s) => s === '400' || s === '401').map(Number);
  const out: InvalidRequest[] = [
    { why: 'no API key', method, path: plainPath, headers: xmlHeaders(body), body, status: auth[0]! },
    { why: 'a wrong API key', method, path: `${plainPath}${sep}apikey=API-0000-0000-0000-0000`, headers: xmlHeaders(body), body, status: -1 },
    { why: 'an Accept header without XML (application/json)', method, path: withKey(plainPath), headers: { ...xmlHeaders(body), Accept: 'application/json' }, body, status: -1 },
    { why: 'the key under APIKEY (the name must be lowercase)', method, path: `${plainPath}${sep}APIKEY=API-1234-1234-1234-1234`, headers: xmlHeaders(body), body, status: -1 },
  ];
  if (op.request) {
    const p = withKey(plainPath);
    out.push(
      { why: 'a wrong media type (text/plain)', method, path: p, headers: { 'Content-Type': 'text/plain' }, body, status: 415 },
      { why: 'a JSON body', method, path: p, headers: { 'Content-Type': 'application/json' }, body: '{"poc":{}}', status: 415 },
      { why: 'malformed XML', method, path: p, headers: xmlHeaders(body), body: body!.slice(0, Math.floor(body!.length / 2)), status: 400 },
      { why: 'another payload as the body', method, path: p, headers: xmlHeaders(body), body: otherPayload(op.request.payload), status: 400 },
      { why: 'an oversized body (1.5 MiB)', method, path: p, headers: xmlHeaders(body), body: body!.replace(/(<\/[a-zA-Z]+>\s*)$/, `<!--${'x'.repeat(1.5 * 1024 * 1024)}-->$1`), status: 413 },
      { why: 'a DOCTYPE with an entity', method, path: p, headers: xmlHeaders(body), body: `<!DOCTYPE x [<!ENTITY e "e">]>${body!.replace(/^<\?xml[^>]*\?>/, '')}`, status: 400 },
    );
  }
  for (const param of op.params.filter((q) => q.in === 'path')) {
    const bad = param.schema.enum ? 'NOT-A-VALUE' : param.schema.pattern ? 'bad_value!' : undefined;
    if (!bad) continue;
    const path = withKey(withQuery(buildPath(op, { ...params, [param.name]: bad })));
    out.push({ why: `${param.matrix ? 'a bad enum in the matrix parameter' : 'a bad path parameter'} ${param.name}`, method, path, headers: xmlHeaders(body), body, status: 400 });
  }
  return out;
}

for (const op of operations) {
  describe(`${op.operationId} (${op.method.toUpperCase()} ${op.path})`, () => {
    const c = mockCases[op.operationId];
    if (!c) {
      it('has a mock case', ({ task }) => {
        tag(task, op.operationId, 'mock');
        expect.fail(`no mock case for ${op.operationId} in mock/operations.fixture.ts`);
      });
      return;
    }
    const documented = statuses(op);

    for (const b of validBody(op, c.bodies)) {
      contractCase(op.operationId, `a valid request (${b.name}) gets a documented status and a valid body`, async ({ task }) => {
        tag(task, op.operationId, 'mock');
        const reply = await mock.send({ method: op.method.toUpperCase(), path: validPath(op), headers: xmlHeaders(b.xml), body: b.xml });
        expect(documented, reply.body).toContain(String(reply.status));
        expect(reply.status).toBeLessThan(300);
        expect(answerProblems(reply, response(op, reply.status)!.payload!)).toEqual([]);
      });
    }

    const body = validBody(op, c.bodies)[0]!.xml;
    for (const r of op.responses) {
      for (const e of r.examples) {
        contractCase(op.operationId, `Prefer: code=${r.status}, example=${e.name} gives that answer, valid for ${r.payload}`, async ({ task }) => {
          tag(task, op.operationId, 'mock');
          const reply = await mock.send({ method: op.method.toUpperCase(), path: validPath(op), headers: { ...xmlHeaders(body), Prefer: `code=${r.status}, example=${e.name}` }, body });
          expect(reply.status, reply.body).toBe(Number(r.status));
          expect(answerProblems(reply, r.payload!)).toEqual([]);
          expect(codec.decode(reply.body, { payload: r.payload! }).value).toEqual(codec.decode(e.xml, { payload: r.payload! }).value);
          for (const h of r.headers) expect(reply.headers[h.toLowerCase()], `header ${h}`).toBeDefined();
        });
      }
    }

    const success = op.responses.find((r) => r.status.startsWith('2'))!;
    contractCase(op.operationId, `Prefer: dynamic=true generates a ${success.payload} that is valid`, async ({ task }) => {
      tag(task, op.operationId, 'mock');
      // Generated data is random: several draws per operation.
      for (let draw = 0; draw < DYNAMIC_DRAWS; draw++) {
        const reply = await mock.send({ method: op.method.toUpperCase(), path: validPath(op), headers: { ...xmlHeaders(body), Prefer: 'dynamic=true' }, body });
        expect(reply.status, reply.body).toBe(Number(success.status));
        expect(answerProblems(reply, success.payload!), reply.body).toEqual([]);
      }
    });

    for (const bad of [...sharedInvalid(op), ...(c.invalid ?? [])]) {
      contractCase(op.operationId, `${bad.why} gets ${bad.status > 0 ? bad.status : 'a documented 4xx'} with an ErrorPayload`, async ({ task }) => {
        tag(task, op.operationId, 'mock');
        const reply = await mock.send({ method: bad.method, path: bad.path, headers: bad.headers ?? {}, ...(bad.body === undefined ? {} : { body: bad.body }) });
        if (bad.status > 0) expect(reply.status, reply.body).toBe(bad.status);
        expect(reply.status).toBeGreaterThanOrEqual(400);
        expect(reply.status).toBeLessThan(500);
        expect(documented, `status ${reply.status} is not documented for ${op.operationId}`).toContain(String(reply.status));
        expect(errorPayloadProblems(reply)).toEqual([]);
      });
    }
  });
}
