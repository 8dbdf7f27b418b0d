// Client against the spec, for every operation: the request it sends (through an injected fetch) and
// what it makes of every documented response (each status, each example).
import { codec } from '@regrws/codec';
import { createRegRwsClient, RegRwsApiError, type RegRwsClient } from '@regrws/client';
import { describe, expect, it } from 'vitest';
import { ajvErrors } from '../support/ajv.js';
import { tag } from '../support/tag.js';
import { API_KEY, expectedSegments, operations, parsePath, sampleParams, type SpecOperation } from '../support/spec.js';
import { clientCases } from './operations.fixture.js';

const BASE = 'http://127.0.0.1:9'; // never contacted: fetch is injected

interface Captured { request: Request; body: string }

/** A client whose fetch records the request and answers with the given response. */
function clientAnswering(answer: () => Response, apiKeyIn: 'query' | 'header' = 'query') {
  const sent: Captured[] = [];
  const client: RegRwsClient = createRegRwsClient({
    apiKey: API_KEY,
    apiKeyIn,
    environment: BASE,
    retry: false,
    timeoutMs: 5_000,
    fetch: async (request: Request) => {
      sent.push({ request, body: request.body ? await request.clone().text() : '' });
      return answer();
    },
  });
  return { client, sent };
}

function xmlResponse(xml: string, status: number): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/xml' };
  if (status === 429 || status === 503) headers['Retry-After'] = '7';
  return new Response(xml, { status, headers });
}

function successExample(op: SpecOperation) {
  const ok = op.responses.find((r) => r.status.startsWith('2'))!;
  return { status: Number(ok.status), xml: ok.examples[0]!.xml };
}

const requestBodies = (op: SpecOperation) =>
  op.request ? op.request.examples.map((e) => ({ name: e.name, value: codec.decode<any>(e.xml, { payload: op.request!.payload }).value })) : [{ name: 'no body', value: undefined }];

function checkRequest(op: SpecOperation, captured: Captured, apiKeyIn: 'query' | 'header', expectedBody: unknown) {
  const { request, body } = captured;
  const params = sampleParams(op);
  const url = new URL(request.url);
  expect(request.method).toBe(op.method.toUpperCase());
  expect(`${url.protocol}//${url.host}`).toBe(BASE);
  // Path: every literal segment, path parameter and matrix parameter, in the template's order.
  expect(parsePath(url.pathname)).toEqual(expectedSegments(op, params));
  // Query: the key (query mode) and the documented query parameters, nothing else.
  const query = [...url.searchParams.entries()].sort();
  const expectedQuery: [string, string][] = op.params.filter((p) => p.in === 'query').map((p) => [p.name, params[p.name]!]);
  if (apiKeyIn === 'query') expectedQuery.push(['apikey', API_KEY]);
  expect(query).toEqual(expectedQuery.sort());
  // Headers.
  expect(request.headers.get('accept') ?? '').toMatch(/application\/xml/);
  if (apiKeyIn === 'header') expect(request.headers.get('authorization')).toBe(`ApiKey ${API_KEY}`);
  else expect(request.headers.get('authorization')).toBeNull();
  // Body.
  if (op.request) {
    expect(request.headers.get('content-type') ?? '').toMatch(/^application\/xml\b/);
    const v = codec.validate(body, { payload: op.request.payload });
    expect(v.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const decoded = codec.decode<any>(body, { payload: op.request.payload });
    expect(decoded.warnings).toEqual([]);
    expect(ajvErrors(op.request.payload, decoded.value)).toEqual([]);
    expect(decoded.value).toEqual(expectedBody);
  } else {
    expect(body).toBe('');
  }
}

for (const op of operations) {
  describe(`${op.operationId} (${op.method.toUpperCase()} ${op.path})`, () => {
    const cases = clientCases[op.operationId];
    if (!cases?.length) {
      it('has a client case', ({ task }) => {
        tag(task, op.operationId, 'client');
        expect.fail(`no client case for ${op.operationId} in client/operations.fixture.ts`);
      });
      return;
    }
    const params = sampleParams(op);
    for (const c of cases) {
      const bodies = c.builtBody ? [{ name: 'built by the client', value: c.builtBody(params) }] : requestBodies(op);
      for (const apiKeyIn of ['query', 'header'] as const) {
        for (const b of bodies) {
          it(`${c.label} sends the documented request (${b.name}, key in ${apiKeyIn})`, async ({ task }) => {
            tag(task, op.operationId, 'client');
            const ok = successExample(op);
            const { client, sent } = clientAnswering(() => xmlResponse(ok.xml, ok.status), apiKeyIn);
            await c.call(client, params, b.value);
            expect(sent).toHaveLength(1);
            checkRequest(op, sent[0]!, apiKeyIn, b.value);
          });
        }
      }
      // Free text parameters only: an integer (messageId) cannot carry reserved characters; its segment is checked above.
      const freeParams = op.params.filter((p) => p.in === 'path' && p.schema.type === 'string' && !p.schema.enum && !p.schema.pattern);
      if (freeParams.length && !c.builtBody) {
        it(`${c.label} keeps reserved characters in ${freeParams.map((p) => p.name).join(', ')} inside their segment`, async ({ task }) => {
          tag(task, op.operationId, 'client');
          const hostile = { ...params, ...Object.fromEntries(freeParams.map((p) => [p.name, `a/b;c=d?e#f%g h&i+j@k`])) };
          const ok = successExample(op);
          const { client, sent } = clientAnswering(() => xmlResponse(ok.xml, ok.status));
          await c.call(client, hostile, bodies[0]!.value);
          expect(sent).toHaveLength(1);
          const url = new URL(sent[0]!.request.url);
          expect(parsePath(url.pathname)).toEqual(expectedSegments(op, hostile));
          expect(url.hash).toBe('');
        });
      }
      for (const r of op.responses) {
        for (const e of r.examples) {
          it(`${c.label} turns ${r.status} "${e.name}" into the typed ${r.status.startsWith('2') ? 'result' : 'error'}`, async ({ task }) => {
            tag(task, op.operationId, 'client');
            const status = Number(r.status);
            const { client, sent } = clientAnswering(() => xmlResponse(e.xml, status));
            const decoded = codec.decode<any>(e.xml, { payload: r.payload! }).value;
            const outcome = await c.call(client, params, bodies[0]!.value).then(
              (value) => ({ ok: true as const, value }),
              (error: unknown) => ({ ok: false as const, error }),
            );
            expect(sent).toHaveLength(1); // retry is off: one request per call
            if (status >= 200 && status < 300) {
              expect(outcome.ok ? undefined : outcome.error).toBeUndefined();
              expect(outcome.ok && outcome.value).toEqual((c.result ?? ((d) => d))(decoded));
              return;
            }
            expect(outcome.ok).toBe(false);
            const error = (outcome as { error: unknown }).error;
            expect(error).toBeInstanceOf(RegRwsApiError);
            const api = error as RegRwsApiError;
            expect(api.status).toBe(status);
            expect(api.code).toBe(decoded.code);
            expect(api.serverMessage).toBe(decoded.message);
            expect(api.components).toEqual(decoded.components ?? []);
            expect(api.additionalInfo).toEqual(decoded.additionalInfo ?? []);
            expect(api.request?.operationId).toBe(op.operationId);
            if (r.headers.includes('Retry-After')) expect(api.retryAfterMs).toBe(7_000);
            expect(JSON.stringify(api.toJSON())).not.toContain(API_KEY);
          });
        }
      }
    }
  });
}
