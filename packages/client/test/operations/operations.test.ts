import { codec, type OperationInfo } from '@regrws/codec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components as Components, Collection, Customer, Delegation, Message, Net, Org, Phone, Poc, RegRwsClient, Ticket, TicketedResult } from '../../src/index.js';
import { OTE, TEST_KEY, testClient, xmlResponse, type RecordedRequest } from '../support/fake-fetch.js';
import { requestExamples, responseExamples } from '../support/spec.js';
import { operationCases, type OperationCase } from './operations.fixture.js';

const operations = codec.map.operations;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The spec's path template as an anchored pattern with one named group per parameter. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/(\{[^{}]+\})/);
  return new RegExp(`^${parts.map((p) => (/^\{.+\}$/.test(p) ? `(?<${p.slice(1, -1)}>[^/;?]*)` : escapeRegExp(p))).join('')}$`);
}

/** Checks one request against its operation in the spec: method, path with matrix parameters, query, headers, body. */
function expectMatchesSpec(op: OperationInfo, request: RecordedRequest, params: OperationCase['params']) {
  expect(request.method).toBe(op.method.toUpperCase());
  expect(request.url.origin).toBe(OTE);

  const match = templatePattern(op.path).exec(request.url.pathname);
  expect(match, `${request.url.pathname} does not match ${op.path}`).not.toBeNull();
  const pathParams = op.params.filter((p) => p.in === 'path');
  expect(Object.keys(match!.groups ?? {}).sort()).toEqual(pathParams.map((p) => p.name).sort());
  for (const p of pathParams) expect(decodeURIComponent(match!.groups![p.name]!)).toBe(String(params.path?.[p.name]));

  const query = Object.fromEntries(request.url.searchParams);
  const expectedQuery = Object.fromEntries(Object.entries(params.query ?? {}).map(([k, v]) => [k, String(v)]));
  expect(query).toEqual({ ...expectedQuery, apikey: TEST_KEY });
  for (const name of Object.keys(expectedQuery)) expect(op.params.some((p) => p.in === 'query' && p.name === name)).toBe(true);

  expect(request.headers.get('accept')).toBe('application/xml');
  expect(request.headers.get('content-type')).toBe('application/xml');
  expect(request.headers.get('authorization')).toBeNull();

  if (op.request) {
    const result = codec.validate(request.body, { payload: op.request });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result).toMatchObject({ valid: true, payload: op.request });
  } else {
    expect(request.body).toBe('');
  }
}

/** Decoded request examples of the operation, or one `undefined` when it takes no body. */
function bodiesFor(op: OperationInfo): unknown[] {
  if (!op.request) return [undefined];
  const examples = requestExamples(op.operationId);
  expect(examples.length, `${op.operationId} documents no request example`).toBeGreaterThan(0);
  return examples.map((ex) => codec.decode(ex.xml, { payload: op.request! }).value);
}

function successAnswer(op: OperationInfo): string {
  const ok = responseExamples(op.operationId).find((ex) => ex.status >= 200 && ex.status < 300);
  if (!ok) throw new Error(`${op.operationId} documents no success example`);
  return ok.xml;
}

function rawCall(client: RegRwsClient, op: OperationInfo, params: OperationCase['params'], body: unknown) {
  const init = { params, ...(body === undefined ? {} : { body }) };
  // The raw client is openapi-fetch's typed client; the generic `request` form lets the test walk the map.
  return (client.raw.request as (method: string, path: string, init: unknown) => Promise<{ data?: unknown }>)(op.method, op.path, init);
}

describe('operations: every operation of the spec is callable', () => {
  it('the spec has operations, and every one has a facade method', () => {
    expect(operations.length).toBeGreaterThanOrEqual(49);
    const missing = operations.map((o) => o.operationId).filter((id) => !(id in operationCases));
    expect(missing).toEqual([]);
    const stale = Object.keys(operationCases).filter((id) => !operations.some((o) => o.operationId === id));
    expect(stale).toEqual([]);
  });

  describe.each(operations.map((op) => [op.operationId, op] as const))('%s', (operationId, op) => {
    const testCase = operationCases[operationId];

    it('facade sends the request the spec describes', async () => {
      expect(testCase, `no facade case for ${operationId}`).toBeDefined();
      for (const body of bodiesFor(op)) {
        const { client, requests } = testClient(() => xmlResponse(successAnswer(op)));
        await testCase!.facade(client, body);
        expect(requests).toHaveLength(1);
        expectMatchesSpec(op, requests[0]!, testCase!.params);
      }
    });

    it('raw typed client sends the same request and decodes the answer', async () => {
      for (const body of bodiesFor(op)) {
        const { client, requests } = testClient(() => xmlResponse(successAnswer(op)));
        const { data } = await rawCall(client, op, testCase!.params, body);
        expect(requests).toHaveLength(1);
        expectMatchesSpec(op, requests[0]!, testCase!.params);
        expect(data).toEqual(codec.decode(successAnswer(op)).value);
      }
    });
  });

  it('sends the key in the Authorization header instead when asked, and never in the URL', async () => {
    const { client, requests } = testClient(() => xmlResponse(successAnswer(codec.operation('getPoc')!)), { apiKeyIn: 'header' });
    await client.poc.get('DOEJA5-ARIN');
    expect(requests[0]!.headers.get('authorization')).toBe(`ApiKey ${TEST_KEY}`);
    expect(requests[0]!.url.search).toBe('');
  });

  it('results are the generated types, on the facade and on the raw client', () => {
    type Result<F extends (...args: any[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
    expectTypeOf<Result<RegRwsClient['poc']['get']>>().toEqualTypeOf<Poc>();
    expectTypeOf<Result<RegRwsClient['poc']['addPhone']>>().toEqualTypeOf<Phone>();
    expectTypeOf<Result<RegRwsClient['poc']['deletePhone']>>().toEqualTypeOf<Phone[]>();
    expectTypeOf<Result<RegRwsClient['org']['create']>>().toEqualTypeOf<Ticket>();
    expectTypeOf<Result<RegRwsClient['org']['addPoc']>>().toEqualTypeOf<Org>();
    expectTypeOf<Result<RegRwsClient['customer']['create']>>().toEqualTypeOf<Customer>();
    expectTypeOf<Result<RegRwsClient['net']['reassign']>>().toEqualTypeOf<TicketedResult>();
    expectTypeOf<Result<RegRwsClient['ticket']['list']>>().toEqualTypeOf<Ticket[]>();
    expectTypeOf<Result<RegRwsClient['ticket']['addMessage']>>().toEqualTypeOf<Message>();
    expectTypeOf<Result<RegRwsClient['ticket']['getSummary']>>().toEqualTypeOf<Ticket>();
    expectTypeOf<Result<RegRwsClient['ticket']['listSummaries']>>().toEqualTypeOf<Ticket[]>();
    expectTypeOf<Result<RegRwsClient['ticket']['setStatus']>>().toEqualTypeOf<Ticket>();
    expectTypeOf<Parameters<RegRwsClient['ticket']['setStatus']>[1]>().toEqualTypeOf<'CLOSED'>();
    expectTypeOf<Result<RegRwsClient['ticket']['getMessage']>>().toEqualTypeOf<Message>();
    expectTypeOf<Result<RegRwsClient['net']['remove']>>().toEqualTypeOf<TicketedResult>();
    expectTypeOf<Result<RegRwsClient['net']['getParent']>>().toEqualTypeOf<Net>();
    expectTypeOf<Result<RegRwsClient['net']['getMostSpecific']>>().toEqualTypeOf<Net>();
    expectTypeOf<Result<RegRwsClient['net']['listByIpRange']>>().toEqualTypeOf<Net[]>();
    expectTypeOf<Result<RegRwsClient['net']['getDelegations']>>().toEqualTypeOf<Delegation[]>();
    expectTypeOf<Result<RegRwsClient['delegation']['get']>>().toEqualTypeOf<Delegation>();
    expectTypeOf<Result<RegRwsClient['delegation']['modify']>>().toEqualTypeOf<Delegation>();
    expectTypeOf<Parameters<RegRwsClient['delegation']['modify']>[1]>().toEqualTypeOf<Delegation>();
    expectTypeOf<Result<RegRwsClient['delegation']['addNameserver']>>().toEqualTypeOf<Delegation>();
    expectTypeOf<Result<RegRwsClient['delegation']['deleteNameserver']>>().toEqualTypeOf<Delegation>();
    expectTypeOf<Result<RegRwsClient['delegation']['deleteNameservers']>>().toEqualTypeOf<Delegation>();
    // Never run: only type-checked (tsc over the tests), so the raw client's data types are pinned too.
    const rawTypes = async (c: RegRwsClient) => {
      const poc = await c.raw.GET('/rest/poc/{pocHandle}', { params: { path: { pocHandle: 'X' } } });
      expectTypeOf(poc.data).toEqualTypeOf<Poc | undefined>();
      const net = await c.raw.PUT('/rest/net/{parentNetHandle}/reassign', { params: { path: { parentNetHandle: 'X' } }, body: {} as Net });
      expectTypeOf(net.data).toEqualTypeOf<Components['schemas']['TicketedRequest'] | undefined>();
      const tickets = await c.raw.GET('/rest/ticket;ticketType={ticketType}', { params: { path: { ticketType: 'QUESTION' } } });
      expectTypeOf(tickets.data).toEqualTypeOf<Collection | undefined>();
      const summaries = await c.raw.GET('/rest/ticket/summary;ticketStatus={ticketStatus}', { params: { path: { ticketStatus: 'ANY_OPEN' } } });
      expectTypeOf(summaries.data).toEqualTypeOf<Collection | undefined>();
      const message = await c.raw.GET('/rest/ticket/{ticketNo}/message/{messageId}', { params: { path: { ticketNo: 'X', messageId: 1 } } });
      expectTypeOf(message.data).toEqualTypeOf<Message | undefined>();
      const nets = await c.raw.GET('/rest/net/netsByIpRange/{startAddress}/{endAddress}', { params: { path: { startAddress: 'X', endAddress: 'Y' } } });
      expectTypeOf(nets.data).toEqualTypeOf<Collection | undefined>();
    };
    expect(typeof rawTypes).toBe('function');
  });
});
