import { codec } from '@regrws/codec';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRegRwsClient, ENVIRONMENTS, RegRwsApiError, RegRwsArgumentError, RegRwsNetworkError } from '../../src/index.js';
import { errorXml, fakeFetch, TEST_KEY, xmlResponse } from '../support/fake-fetch.js';
import { pocWithNewElementXml, pocXml } from './config.fixture.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('config: environments, key modes, fetch, warnings', () => {
  it.each([
    ['production', 'https://reg.arin.net/rest/poc/DOEJA5-ARIN'],
    ['ote', 'https://reg.ote.arin.net/rest/poc/DOEJA5-ARIN'],
    ['http://127.0.0.1:4010/', 'http://127.0.0.1:4010/rest/poc/DOEJA5-ARIN'],
    ['https://proxy.example.net/arin', 'https://proxy.example.net/arin/rest/poc/DOEJA5-ARIN'],
  ])('environment %s', async (environment, expected) => {
    const { fetch, requests } = fakeFetch(() => xmlResponse(pocXml));
    const client = createRegRwsClient({ apiKey: TEST_KEY, environment, fetch });
    await client.poc.get('DOEJA5-ARIN');
    expect(`${requests[0]!.url.origin}${requests[0]!.url.pathname}`).toBe(expected);
    expect(ENVIRONMENTS).toEqual({ production: 'https://reg.arin.net', ote: 'https://reg.ote.arin.net' });
  });

  it.each(['staging', 'ftp://reg.arin.net', 'https://reg.arin.net/?apikey=x', ''])('refuses environment %j', (environment) => {
    expect(() => createRegRwsClient({ apiKey: TEST_KEY, environment })).toThrow(RegRwsArgumentError);
  });

  it('refuses a missing key and a bad key mode', () => {
    expect(() => createRegRwsClient({ apiKey: '', environment: 'ote' })).toThrow(RegRwsArgumentError);
    expect(() => createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', apiKeyIn: 'cookie' as never })).toThrow(RegRwsArgumentError);
    expect(() => createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', retry: { retries: -1 } })).toThrow(RegRwsArgumentError);
  });

  it('sends the key as the lowercase apikey query parameter by default, with XML headers', async () => {
    const { fetch, requests } = fakeFetch(() => xmlResponse(pocXml));
    await createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', fetch }).poc.get('DOEJA5-ARIN');
    expect(requests[0]!.url.search).toBe(`?apikey=${TEST_KEY}`);
    expect(requests[0]!.headers.get('accept')).toBe('application/xml');
    expect(requests[0]!.headers.get('content-type')).toBe('application/xml');
    expect(requests[0]!.headers.get('authorization')).toBeNull();
  });

  it('header mode keeps the method, the XML headers and the body', async () => {
    const { fetch, requests } = fakeFetch((r) => xmlResponse(r.body));
    const client = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', fetch, apiKeyIn: 'header' });
    expect(await client.poc.addPhone('DOEJA5-ARIN', { number: '+1-555-555-0100', type: { code: 'O' } })).toEqual({ number: '+1-555-555-0100', type: { code: 'O' } });
    expect(requests[0]).toMatchObject({ method: 'PUT' });
    expect(requests[0]!.url.search).toBe('');
    expect(requests[0]!.headers.get('authorization')).toBe(`ApiKey ${TEST_KEY}`);
    expect(requests[0]!.headers.get('content-type')).toBe('application/xml');
    expect(codec.decode(requests[0]!.body, { payload: 'Phone' }).value).toEqual({ number: '+1-555-555-0100', type: { code: 'O' } });
  });

  it('keeps other query parameters next to the key', async () => {
    const { fetch, requests } = fakeFetch(() => xmlResponse('<ticket xmlns="http://www.arin.net/regrws/core/v1"><ticketNo>1</ticketNo></ticket>'));
    await createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', fetch }).ticket.get('1', { msgRefs: false });
    expect(Object.fromEntries(requests[0]!.url.searchParams)).toEqual({ msgRefs: 'false', apikey: TEST_KEY });
  });

  it('uses the global fetch, looked up at call time, when none is given', async () => {
    const client = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote' });
    const { fetch, requests } = fakeFetch(() => xmlResponse(pocXml));
    vi.stubGlobal('fetch', fetch);
    expect(await client.poc.get('DOEJA5-ARIN')).toEqual({ handle: 'DOEJA5-ARIN', lastName: 'Doe' });
    expect(requests).toHaveLength(1);
  });

  it('reads answers with unknown elements and reports the warnings', async () => {
    const { fetch } = fakeFetch(() => xmlResponse(pocWithNewElementXml));
    const onWarnings = vi.fn();
    const poc = await createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', fetch, onWarnings }).poc.get('DOEJA5-ARIN');
    expect(poc).toEqual({ handle: 'DOEJA5-ARIN', lastName: 'Doe' });
    expect(onWarnings).toHaveBeenCalledTimes(1);
    expect(onWarnings.mock.calls[0]![0]).toEqual([expect.objectContaining({ code: 'UNKNOWN_ELEMENT' })]);
    expect(onWarnings.mock.calls[0]![1]).toEqual({ operationId: 'getPoc' });
  });

  it('the raw client refuses paths and parse modes outside the spec', async () => {
    const { fetch, requests } = fakeFetch(() => xmlResponse(pocXml));
    const client = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', fetch });
    await expect((client.raw.GET as (p: string) => Promise<unknown>)('/rest/nope')).rejects.toBeInstanceOf(RegRwsArgumentError);
    await expect(client.raw.GET('/rest/poc/{pocHandle}', { params: { path: { pocHandle: 'X' } }, parseAs: 'text' })).rejects.toBeInstanceOf(RegRwsArgumentError);
    expect(requests).toHaveLength(0);
  });
  it('raw answers hand on the status and headers, without the URL', async () => {
    const { fetch } = fakeFetch(() => xmlResponse(pocXml, 200, { 'X-Extra': 'kept' }));
    const client = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', fetch });
    const { data, response } = await client.raw.GET('/rest/poc/{pocHandle}', { params: { path: { pocHandle: 'DOEJA5-ARIN' } } });
    expect(data).toEqual({ handle: 'DOEJA5-ARIN', lastName: 'Doe' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-extra')).toBe('kept');
    expect(response.url).toBe('');
  });

  it('a call with its own query serializer still sends the key', async () => {
    const { fetch, requests } = fakeFetch(() => xmlResponse('<ticket xmlns="http://www.arin.net/regrws/core/v1"><ticketNo>1</ticketNo></ticket>'));
    const client = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', fetch });
    await client.raw.GET('/rest/ticket/{ticketNo}', { params: { path: { ticketNo: '1' }, query: { msgRefs: true } }, querySerializer: () => '?msgRefs=yes' });
    expect(Object.fromEntries(requests[0]!.url.searchParams)).toEqual({ msgRefs: 'yes', apikey: TEST_KEY });
  });

  it.each(['query', 'header'] as const)('middlewares added with raw.use see the keyed request and the raw answer (%s mode)', async (apiKeyIn) => {
    const { fetch, requests } = fakeFetch((_r, i) => (i === 0 ? xmlResponse(pocXml) : xmlResponse(errorXml('E_OBJECT_NOT_FOUND', 'gone'), 404)));
    const client = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', fetch, apiKeyIn, retry: false });
    const seen: string[] = [];
    const middleware = {
      onRequest({ request }: { request: Request }) {
        seen.push(apiKeyIn === 'query' ? new URL(request.url).searchParams.get('apikey')! : request.headers.get('authorization')!);
      },
      async onResponse({ response }: { response: Response }) {
        seen.push(`${response.status} ${(await response.clone().text()).slice(0, 4)}`);
      },
    };
    client.raw.use(middleware);
    expect(await client.poc.get('DOEJA5-ARIN')).toEqual({ handle: 'DOEJA5-ARIN', lastName: 'Doe' });
    await expect(client.poc.get('DOEJA5-ARIN')).rejects.toBeInstanceOf(RegRwsApiError);
    const key = apiKeyIn === 'query' ? TEST_KEY : `ApiKey ${TEST_KEY}`;
    expect(seen).toEqual([key, '200 <poc', key, '404 <err']);
    client.raw.eject(middleware);
    await expect(client.poc.get('DOEJA5-ARIN')).rejects.toBeInstanceOf(RegRwsApiError);
    expect(seen).toHaveLength(4);
    expect(requests).toHaveLength(3);
    expect(() => client.raw.use({} as never)).toThrow(/Middleware must be an object/);
  });

  it('with or without middlewares, network errors become RegRwsNetworkError; an answer that skips the client is refused', async () => {
    const client = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', retry: false, fetch: () => Promise.reject(new TypeError('fetch failed')) });
    await expect(client.poc.get('DOEJA5-ARIN')).rejects.toBeInstanceOf(RegRwsNetworkError);
    const answer = { onRequest: () => xmlResponse(pocXml) };
    await expect(client.raw.GET('/rest/poc/{pocHandle}', { params: { path: { pocHandle: 'X' } }, middleware: [answer] })).rejects.toThrow(/a middleware replaced the response/);
    client.raw.use({ onError: () => undefined });
    await expect(client.poc.get('DOEJA5-ARIN')).rejects.toBeInstanceOf(RegRwsNetworkError);
  });
});
