import { createRegRwsClient, type RegRwsClient, type RegRwsClientOptions } from '../../src/index.js';

/** ARIN's documented placeholder key. */
export const TEST_KEY = 'API-1234-1234-1234-1234';
export const OTE = 'https://reg.ote.arin.net';

/** What the client put on the wire. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  signal: AbortSignal;
}

export type Responder = (request: RecordedRequest, index: number) => Response | Promise<Response>;

/** A fetch that records each request and answers with `respond` (openapi-fetch's tests inject fetch the same way). */
export function fakeFetch(respond: Responder) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: Request): Promise<Response> => {
    const recorded: RecordedRequest = {
      method: input.method,
      url: new URL(input.url),
      headers: new Headers(input.headers),
      body: input.body ? await input.text() : '',
      signal: input.signal,
    };
    requests.push(recorded);
    return respond(recorded, requests.length - 1);
  };
  return { fetch, requests };
}

export function xmlResponse(xml: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(xml, { status, headers: { 'Content-Type': 'application/xml', ...headers } });
}

/** Sleeps that return at once and remember what was asked. */
export function fakeSleep() {
  const waits: number[] = [];
  const sleep = async (ms: number, signal?: AbortSignal) => {
    if (signal?.aborted) throw signal.reason;
    waits.push(ms);
  };
  return { sleep, waits };
}

export function testClient(respond: Responder, options: Partial<RegRwsClientOptions> = {}): { client: RegRwsClient; requests: RecordedRequest[]; waits: number[] } {
  const { fetch, requests } = fakeFetch(respond);
  const { sleep, waits } = fakeSleep();
  const client = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', fetch, sleep, random: () => 0.5, ...options });
  return { client, requests, waits };
}

export const CORE_NS = 'http://www.arin.net/regrws/core/v1';

export function errorXml(code: string, message: string, extra = ''): string {
  return `<error xmlns="${CORE_NS}"><additionalInfo/><code>${code}</code><components/>${extra}<message>${message}</message></error>`;
}
