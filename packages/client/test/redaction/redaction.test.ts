import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createRegRwsClient, RegRwsApiError, RegRwsError, RegRwsNetworkError, RegRwsResponseError } from '../../src/index.js';
import { createRedactor } from '../../src/redact.js';
import { TEST_KEY, testClient, xmlResponse } from '../support/fake-fetch.js';
import { echoingError, echoingHtmlPage, hiddenKeyErrors, keyAcrossTheCut, leakyNetworkError, ticketEchoingTheKey } from './redaction.fixture.js';

const failure = (call: Promise<unknown>) => call.then(() => { throw new Error('expected the call to fail'); }, (e: unknown) => e);

/** Every way an error gets shown: message, stack, JSON, Node's inspect with the whole cause chain. */
function everyRendering(error: unknown): string {
  const e = error as Error;
  return [String(e), e.message, e.stack, JSON.stringify(e), inspect(e, { depth: Infinity, showHidden: true })].join('\n');
}

const KEY_PREFIX = TEST_KEY.slice(0, 9); // "API-1234-": even a cut key must not survive

describe('redaction: the API key never leaves the client', () => {
  it('an API error carries the URL with apikey=REDACTED, and the server echoing the key does not leak it', async () => {
    const { client, requests } = testClient((r) => xmlResponse(echoingError(r.url.href), 401));
    const error = (await failure(client.poc.get('DOEJA5-ARIN'))) as RegRwsApiError;
    expect(requests[0]!.url.searchParams.get('apikey')).toBe(TEST_KEY); // it was sent…
    expect(error).toBeInstanceOf(RegRwsApiError);
    expect(error.request?.url).toBe('https://reg.ote.arin.net/rest/poc/DOEJA5-ARIN?apikey=REDACTED');
    expect(error.serverMessage).toContain('REDACTED');
    expect(everyRendering(error)).not.toContain(KEY_PREFIX); // …and never shown
  });

  it('an HTML page that echoes the URL is redacted in the excerpt, even when the cut falls inside the key', async () => {
    for (const page of [(url: string) => echoingHtmlPage(url), () => keyAcrossTheCut]) {
      const { client } = testClient((r) => new Response(page(r.url.href), { status: 500, headers: { 'Content-Type': 'text/html' } }), { retry: false });
      const error = (await failure(client.org.get('EXAMPLE-1'))) as RegRwsResponseError;
      expect(error).toBeInstanceOf(RegRwsResponseError);
      expect(everyRendering(error)).not.toContain(KEY_PREFIX);
    }
  });

  it('a network error whose cause chain holds the key is replaced by a redacted chain', async () => {
    const { client } = testClient((r) => Promise.reject(leakyNetworkError(r.url.href)), { retry: false });
    const error = (await failure(client.net.get('NET-192-0-2-64-1'))) as RegRwsNetworkError;
    expect(error).toBeInstanceOf(RegRwsNetworkError);
    const rendered = everyRendering(error);
    expect(rendered).not.toContain(KEY_PREFIX);
    // The chain is kept, redacted: the root cause is still there to debug with.
    expect(rendered).toContain('ENOTFOUND');
    expect(rendered).toContain('apikey=REDACTED');
    const cause = error.cause as Error;
    expect(cause.name).toBe('TypeError');
    expect((cause.cause as Error).cause).toMatchObject({ code: 'ENOTFOUND' });
  });

  for (const apiKeyIn of ['query', 'header'] as const) {
    for (const shape of Object.keys(hiddenKeyErrors(new Request('https://h/')))) {
      it(`${apiKeyIn} mode: a cause holding the key where only util.inspect sees it (${shape}) is replaced, not kept`, async () => {
        const thrown: Error[] = [];
        const fetch = async (request: Request): Promise<Response> => {
          const error = hiddenKeyErrors(request)[shape]!();
          thrown.push(error);
          throw error;
        };
        const client = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', apiKeyIn, retry: false, fetch });
        const error = (await failure(client.poc.get('DOEJA5-ARIN'))) as RegRwsNetworkError;
        expect(error).toBeInstanceOf(RegRwsNetworkError);
        // The fixture does hold the key where inspect sees it…
        expect(inspect(thrown[0], { depth: Infinity, showHidden: true })).toContain(KEY_PREFIX);
        // …and the client's error does not, nor does any rendering of it.
        expect(error.cause).not.toBe(thrown[0]);
        expect(everyRendering(error)).not.toContain(KEY_PREFIX);
        expect(inspect(error.cause, { depth: Infinity, showHidden: true })).not.toContain(KEY_PREFIX);
        // What is useful to debug with is still there.
        expect(everyRendering(error)).toContain('boom');
      });
    }
  }

  it('a redacted cause keeps the name, code, errno, syscall and an AggregateError\'s errors, redacted', async () => {
    const root = Object.assign(new Error(`connect ECONNREFUSED for key ${TEST_KEY}`), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect', extra: TEST_KEY });
    const aggregate = new AggregateError([root, 'plain string'], 'all attempts failed');
    const { client } = testClient(() => Promise.reject(new TypeError('fetch failed', { cause: aggregate })), { retry: false });
    const error = (await failure(client.poc.get('DOEJA5-ARIN'))) as RegRwsNetworkError;
    const cause = error.cause as TypeError;
    expect(cause).toBeInstanceOf(Error);
    expect(cause.name).toBe('TypeError');
    const copy = cause.cause as AggregateError;
    expect(copy).toBeInstanceOf(AggregateError);
    expect(copy).not.toBe(aggregate);
    expect(copy.message).toBe('all attempts failed');
    expect(copy.errors).toHaveLength(2);
    expect(copy.errors[0]).toMatchObject({ message: 'connect ECONNREFUSED for key REDACTED', code: 'ECONNREFUSED', errno: -111, syscall: 'connect' });
    expect(copy.errors[0]).not.toHaveProperty('extra');
    expect(copy.errors[1]).toMatchObject({ message: 'plain string' });
  });

  for (const apiKeyIn of ['query', 'header'] as const) {
    it(`${apiKeyIn} mode: warnings handed to onWarnings do not quote the key the server echoed`, async () => {
      const seen: unknown[] = [];
      const { client } = testClient(() => xmlResponse(ticketEchoingTheKey), { apiKeyIn, onWarnings: (warnings) => seen.push(...warnings) });
      const ticket = await client.ticket.get('X');
      expect(ticket.ticketNo).toBe('X');
      expect(seen.length).toBeGreaterThan(0);
      const rendered = inspect(seen, { depth: Infinity, showHidden: true });
      expect(rendered).not.toContain(KEY_PREFIX);
      expect(rendered).toContain('REDACTED');
      for (const warning of seen) expect(warning).toMatchObject({ severity: 'warning', code: expect.any(String), path: expect.any(String), message: expect.any(String) });
    });
  }

  it('header mode keeps the key out of every error as well', async () => {
    const { client, requests } = testClient((r) => Promise.reject(new Error(`refused: Authorization: ${r.headers.get('authorization')}`)), { apiKeyIn: 'header', retry: false });
    const error = await failure(client.ticket.get('20240502-X17'));
    expect(requests[0]!.headers.get('authorization')).toBe(`ApiKey ${TEST_KEY}`);
    expect(everyRendering(error)).not.toContain(KEY_PREFIX);
    expect(everyRendering(error)).toContain('ApiKey REDACTED');
  });

  it('timeouts and aborts do not carry the key', async () => {
    const hang = (request: Request) => new Promise<Response>((_resolve, reject) => request.signal.addEventListener('abort', () => reject(new Error(`aborted ${request.url}`))));
    const timeout = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', retry: false, timeoutMs: 5, fetch: hang });
    const timedOut = await failure(timeout.poc.get('DOEJA5-ARIN'));
    expect(timedOut).toBeInstanceOf(RegRwsError);
    expect(everyRendering(timedOut)).not.toContain(KEY_PREFIX);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 5);
    const aborted = await failure(createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', fetch: hang }).poc.get('DOEJA5-ARIN', { signal: controller.signal }));
    expect(everyRendering(aborted)).not.toContain(KEY_PREFIX);
  });

  it('the response the raw client hands back has no URL with the key', async () => {
    const { client } = testClient(() => xmlResponse('<poc xmlns="http://www.arin.net/regrws/core/v1"><handle>DOEJA5-ARIN</handle></poc>'));
    const { response } = await client.raw.GET('/rest/poc/{pocHandle}', { params: { path: { pocHandle: 'DOEJA5-ARIN' } } });
    expect(response.url).not.toContain(KEY_PREFIX);
  });

  it('redacts the parameter whatever its value, and the key wherever it appears', () => {
    const redact = createRedactor(TEST_KEY);
    expect(redact('https://h/rest/poc/X?msgRefs=true&apikey=API-9999-9999-9999-9999&x=1')).toBe('https://h/rest/poc/X?msgRefs=true&apikey=REDACTED&x=1');
    expect(redact('https://h/rest/poc/X?APIKEY=old-key')).toBe('https://h/rest/poc/X?APIKEY=REDACTED');
    expect(redact(`Authorization: ApiKey ${TEST_KEY}`)).toBe('Authorization: ApiKey REDACTED');
    expect(redact(`bare ${TEST_KEY} in text`)).toBe('bare REDACTED in text');
    expect(redact('nothing to hide')).toBe('nothing to hide');
  });
});
