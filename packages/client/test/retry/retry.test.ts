import { codec } from '@regrws/codec';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, parseRetryAfter, RegRwsApiError, RegRwsNetworkError } from '../../src/index.js';
import { operationCases } from '../operations/operations.fixture.js';
import { testClient, xmlResponse } from '../support/fake-fetch.js';
import { idempotentOperations, nonIdempotentOperations, notFound, outage, requestBodyFor, successXml, tooManyRequests } from './retry.fixture.js';

const failure = (call: Promise<unknown>) => call.then(() => { throw new Error('expected the call to fail'); }, (e: unknown) => e);
const retry = { retries: 3, baseDelayMs: 100, maxDelayMs: 10_000 };

describe('retry: the spec decides, per operation', () => {
  it('the spec marks reassign, reallocate and the creates as not idempotent', () => {
    const ids = nonIdempotentOperations.map((o) => o.operationId);
    expect(ids).toEqual(expect.arrayContaining(['reassignNet', 'reallocateNet', 'createPoc', 'createOrg', 'addTicketMessage', 'addPocPhone']));
    // A PUT that creates records: the HTTP method says nothing about replay safety.
    expect(codec.operation('reassignNet')).toMatchObject({ method: 'put', idempotent: false });
  });

  it.each(nonIdempotentOperations.map((o) => [o.operationId, o] as const))('%s is never replayed (503, 429, network error)', async (operationId, op) => {
    const answers = [() => xmlResponse(outage, 503), () => xmlResponse(tooManyRequests, 429, { 'Retry-After': '1' }), () => Promise.reject(new TypeError('fetch failed'))];
    for (const answer of answers) {
      const { client, requests, waits } = testClient(() => answer(), { retry });
      const error = await failure(operationCases[operationId]!.facade(client, requestBodyFor(op)));
      expect(error).toMatchObject({ request: { operationId } });
      expect(requests).toHaveLength(1);
      expect(waits).toEqual([]);
    }
  });

  it.each(idempotentOperations.map((o) => [o.operationId, o] as const))('%s is retried after a 503 and then succeeds', async (operationId, op) => {
    const { client, requests, waits } = testClient((_r, i) => (i === 0 ? xmlResponse(outage, 503) : xmlResponse(successXml(operationId))), { retry });
    await operationCases[operationId]!.facade(client, requestBodyFor(op));
    expect(requests).toHaveLength(2);
    expect(requests[1]!.url.href).toBe(requests[0]!.url.href);
    expect(requests[1]!.body).toBe(requests[0]!.body);
    expect(waits).toHaveLength(1);
  });

  it('backs off exponentially with jitter, then gives up with the last error', async () => {
    const { client, requests, waits } = testClient(() => xmlResponse(outage, 503), { retry, random: () => 0.5 });
    const error = await failure(client.poc.get('DOEJA5-ARIN'));
    expect(error).toBeInstanceOf(RegRwsApiError);
    expect(error).toMatchObject({ status: 503, code: 'E_OUTAGE' });
    expect(requests).toHaveLength(4);
    // step = 100·2^(n-1); wait = step/2 + step/2·random
    expect(waits).toEqual([75, 150, 300]);
  });

  it('jitter stays within half and all of the step, and the step is capped', async () => {
    const low = testClient(() => xmlResponse(outage, 503), { retry: { retries: 2, baseDelayMs: 1000, maxDelayMs: 1500 }, random: () => 0 });
    await failure(low.client.org.get('EXAMPLE-1'));
    expect(low.waits).toEqual([500, 750]);
    const high = testClient(() => xmlResponse(outage, 503), { retry: { retries: 2, baseDelayMs: 1000, maxDelayMs: 1500 }, random: () => 0.999999 });
    await failure(high.client.org.get('EXAMPLE-1'));
    expect(high.waits).toEqual([1000, 1500]);
  });

  it('honours Retry-After in seconds on 429', async () => {
    const { client, requests, waits } = testClient((_r, i) => (i === 0 ? xmlResponse(tooManyRequests, 429, { 'Retry-After': '7' }) : xmlResponse(successXml('getPoc'))), { retry });
    await client.poc.get('DOEJA5-ARIN');
    expect(requests).toHaveLength(2);
    expect(waits).toEqual([7000]);
  });

  it('honours Retry-After as an HTTP date, measured on the injected clock', async () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    const { client, waits } = testClient(
      (_r, i) => (i === 0 ? xmlResponse(outage, 503, { 'Retry-After': 'Wed, 21 Oct 2026 07:28:05 GMT' }) : xmlResponse(successXml('getNet'))),
      { retry, now: () => now },
    );
    await client.net.get('NET-192-0-2-64-1');
    expect(waits).toEqual([5000]);
  });

  it('caps Retry-After at maxDelayMs', async () => {
    const { client, waits } = testClient((_r, i) => (i === 0 ? xmlResponse(tooManyRequests, 429, { 'Retry-After': '3600' }) : xmlResponse(successXml('getPoc'))), { retry });
    await client.poc.get('DOEJA5-ARIN');
    expect(waits).toEqual([10_000]);
  });

  it('retries network errors and HTML 503 pages of idempotent operations', async () => {
    const { client, requests } = testClient(
      (_r, i) => {
        if (i === 0) return Promise.reject(new TypeError('fetch failed'));
        if (i === 1) return new Response('<html>Service Unavailable</html>', { status: 503, headers: { 'Content-Type': 'text/html' } });
        return xmlResponse(successXml('getCustomer'));
      },
      { retry },
    );
    expect(await client.customer.get('C09876543')).toMatchObject({ handle: expect.any(String) });
    expect(requests).toHaveLength(3);
  });

  it('does not retry errors that a replay cannot fix', async () => {
    const { client, requests } = testClient(() => xmlResponse(notFound, 404), { retry });
    expect(await failure(client.poc.get('NOPE-ARIN'))).toMatchObject({ status: 404 });
    expect(requests).toHaveLength(1);
  });

  it('retry: false switches retries off', async () => {
    const { client, requests, waits } = testClient(() => Promise.reject(new TypeError('fetch failed')), { retry: false });
    expect(await failure(client.poc.get('DOEJA5-ARIN'))).toBeInstanceOf(RegRwsNetworkError);
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('the defaults are 3 retries, 500 ms base, 30 s cap', async () => {
    expect(DEFAULT_RETRY).toEqual({ retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 });
    const { client, requests, waits } = testClient(() => xmlResponse(outage, 503), { random: () => 0 });
    await failure(client.poc.get('DOEJA5-ARIN'));
    expect(requests).toHaveLength(4);
    expect(waits).toEqual([250, 500, 1000]);
  });

  it('an abort during the backoff wait stops the retries', async () => {
    const controller = new AbortController();
    const { client, requests } = testClient(() => xmlResponse(outage, 503), {
      retry,
      sleep: async () => {
        controller.abort();
        throw controller.signal.reason;
      },
    });
    expect(await failure(client.poc.get('DOEJA5-ARIN', { signal: controller.signal }))).toMatchObject({ kind: 'abort' });
    expect(requests).toHaveLength(1);
  });
});

describe('retry: parseRetryAfter', () => {
  const now = Date.parse('2026-10-21T07:28:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Wed, 21 Oct 2026 07:29:00 GMT', 60_000],
    ['Wed, 21 Oct 2026 07:00:00 GMT', 0],
    ['-5', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    [null, undefined],
  ] as const)('%j → %j', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});
