import { XmlCodecError } from '@regrws/codec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createRegRwsClient,
  RegRwsAbortError,
  RegRwsApiError,
  RegRwsArgumentError,
  RegRwsError,
  RegRwsNetworkError,
  RegRwsResponseError,
  RegRwsTimeoutError,
  type ErrorCode,
  type Poc,
} from '../../src/index.js';
import { TEST_KEY, testClient, xmlResponse } from '../support/fake-fetch.js';
import { brokenPocXml, emptyTicketedRequest, entityValidationError, htmlErrorPage, orgXml, pocXml, unknownCodeError } from './errors.fixture.js';

const failure = (call: Promise<unknown>) => call.then(() => { throw new Error('expected the call to fail'); }, (e: unknown) => e);

describe('errors: every failure is a typed error', () => {
  it('an <error> answer becomes RegRwsApiError with status, code, message, components and additional info', async () => {
    const { client } = testClient(() => xmlResponse(entityValidationError, 400));
    const error = (await failure(client.poc.get('DOEJA5-ARIN'))) as RegRwsApiError;
    expect(error).toBeInstanceOf(RegRwsApiError);
    expect(error).toBeInstanceOf(RegRwsError);
    expect(error).toMatchObject({
      status: 400,
      code: 'E_ENTITY_VALIDATION',
      serverMessage: 'Payload entity failed to validate; see component messages for details.',
      components: [{ name: 'startAddress', message: 'IP range overlaps with existing network(s).' }],
      additionalInfo: ['See the NRPM.'],
    });
    expect(error.message).toContain('startAddress: IP range overlaps');
    expectTypeOf(error.code).toEqualTypeOf<ErrorCode>();
  });

  it('an unknown error code still arrives as a string', async () => {
    const { client } = testClient(() => xmlResponse(unknownCodeError, 500));
    expect(await failure(client.org.get('EXAMPLE-1'))).toMatchObject({ kind: 'api', status: 500, code: 'E_BRAND_NEW' });
  });

  it('an HTML error page becomes RegRwsResponseError with the status and a short excerpt', async () => {
    const { client } = testClient(() => new Response(htmlErrorPage, { status: 502, headers: { 'Content-Type': 'text/html' } }));
    const error = (await failure(client.poc.get('DOEJA5-ARIN'))) as RegRwsResponseError;
    expect(error).toBeInstanceOf(RegRwsResponseError);
    expect(error).toMatchObject({ status: 502, problem: 'not-xml', contentType: 'text/html' });
    expect(error.bodyExcerpt.startsWith('<!DOCTYPE html><html><head><title>502 Bad Gateway')).toBe(true);
    expect(error.bodyExcerpt.length).toBeLessThanOrEqual(200);
  });

  it('an empty body becomes RegRwsResponseError, on errors and on success', async () => {
    const { client } = testClient((_r, i) => new Response(i === 0 ? '' : null, { status: i === 0 ? 500 : 200 }));
    expect(await failure(client.poc.get('A-ARIN'))).toMatchObject({ kind: 'response', status: 500, problem: 'empty' });
    expect(await failure(client.poc.get('A-ARIN'))).toMatchObject({ kind: 'response', status: 200, problem: 'empty' });
  });

  it('broken XML becomes RegRwsResponseError with the codec error as cause', async () => {
    const { client } = testClient(() => xmlResponse(brokenPocXml));
    const error = (await failure(client.poc.get('DOEJA5-ARIN'))) as RegRwsResponseError;
    expect(error).toMatchObject({ kind: 'response', status: 200, problem: 'undecodable' });
    expect(error.cause).toBeInstanceOf(XmlCodecError);
  });

  it('a well-formed answer with the wrong payload is refused, not mistyped', async () => {
    const { client } = testClient(() => xmlResponse(orgXml));
    expect(await failure(client.poc.get('DOEJA5-ARIN'))).toMatchObject({ kind: 'response', problem: 'unexpected-payload' });
  });

  it('a ticketedRequest with neither net nor ticket is refused: done cannot be told from pending', async () => {
    const { client } = testClient(() => xmlResponse(emptyTicketedRequest));
    const error = await failure(client.net.delete('NET-192-0-2-64-1'));
    expect(error).toBeInstanceOf(RegRwsResponseError);
    expect(error).toMatchObject({ status: 200, problem: 'unexpected-payload' });
  });

  it('a network failure becomes RegRwsNetworkError', async () => {
    const client = createRegRwsClient({
      apiKey: TEST_KEY,
      environment: 'ote',
      retry: false,
      fetch: async () => { throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) }); },
    });
    const error = (await failure(client.poc.get('DOEJA5-ARIN'))) as RegRwsNetworkError;
    expect(error).toBeInstanceOf(RegRwsNetworkError);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.request).toMatchObject({ operationId: 'getPoc', method: 'GET' });
  });

  it('a slow answer becomes RegRwsTimeoutError', async () => {
    const client = createRegRwsClient({
      apiKey: TEST_KEY,
      environment: 'ote',
      retry: false,
      timeoutMs: 20,
      fetch: (request) => new Promise((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason))),
    });
    expect(await failure(client.poc.get('DOEJA5-ARIN'))).toMatchObject({ kind: 'timeout', timeoutMs: 20 });
  });

  it('an aborted call becomes RegRwsAbortError and is not retried', async () => {
    const controller = new AbortController();
    let calls = 0;
    const client = createRegRwsClient({
      apiKey: TEST_KEY,
      environment: 'ote',
      fetch: (request) => {
        calls++;
        setTimeout(() => controller.abort(), 1);
        return new Promise((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
      },
    });
    const error = await failure(client.poc.get('DOEJA5-ARIN', { signal: controller.signal }));
    expect(error).toBeInstanceOf(RegRwsAbortError);
    expect(calls).toBe(1);
    // Already aborted: nothing is sent.
    expect(await failure(client.poc.get('DOEJA5-ARIN', { signal: controller.signal }))).toBeInstanceOf(RegRwsAbortError);
    expect(calls).toBe(1);
  });

  it('the client-wide signal aborts calls too', async () => {
    const controller = new AbortController();
    controller.abort();
    const { client, requests } = testClient(() => xmlResponse(pocXml), { signal: controller.signal });
    expect(await failure(client.poc.get('DOEJA5-ARIN'))).toBeInstanceOf(RegRwsAbortError);
    expect(requests).toHaveLength(0);
  });

  it('deletePhone with neither number nor type is refused before any request, and does not compile', async () => {
    const { client, requests } = testClient(() => xmlResponse('<collection xmlns="http://www.arin.net/regrws/core/v1"/>'));
    // @ts-expect-error a selector needs a number, a type, or both
    expect(await failure(client.poc.deletePhone('DOEJA5-ARIN', {}))).toBeInstanceOf(RegRwsArgumentError);
    expect(await failure(client.poc.deletePhone('DOEJA5-ARIN', { number: '' } as never))).toBeInstanceOf(RegRwsArgumentError);
    expect(requests).toHaveLength(0);
  });

  it('ticket.list with neither type nor status is refused before any request, and does not compile', async () => {
    const { client, requests } = testClient(() => xmlResponse('<collection xmlns="http://www.arin.net/regrws/core/v1"/>'));
    // @ts-expect-error a filter needs a type, a status, or both
    expect(await failure(client.ticket.list({}))).toBeInstanceOf(RegRwsArgumentError);
    expect(requests).toHaveLength(0);
  });

  it('ticket.listSummaries with neither type nor status is refused before any request, and does not compile', async () => {
    const { client, requests } = testClient(() => xmlResponse('<collection xmlns="http://www.arin.net/regrws/core/v1"/>'));
    // @ts-expect-error a filter needs a type, a status, or both
    expect(await failure(client.ticket.listSummaries({}))).toBeInstanceOf(RegRwsArgumentError);
    expect(await failure(client.ticket.listSummaries({ status: '' } as never))).toBeInstanceOf(RegRwsArgumentError);
    expect(requests).toHaveLength(0);
  });

  it('an invalid payload is refused before any request, with the codec issues', async () => {
    const { client, requests } = testClient(() => xmlResponse(pocXml));
    const error = (await failure(client.poc.create({ lastName: 'Doe' } as Poc))) as RegRwsArgumentError;
    expect(error).toBeInstanceOf(RegRwsArgumentError);
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.issues.every((i) => i.code.length > 0)).toBe(true);
    expect(requests).toHaveLength(0);
  });
});
