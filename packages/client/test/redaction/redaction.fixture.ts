import { CORE_NS, errorXml, TEST_KEY } from '../support/fake-fetch.js';

/** A server that echoes the request line back, key included, in its error message and pages. */
export const echoingError = (url: string) => errorXml('E_AUTHENTICATION', `The API key ${TEST_KEY} is not authorized for ${url}`)
  .replace('<additionalInfo/>', `<additionalInfo><message>key=${TEST_KEY}</message></additionalInfo>`)
  .replace('<components/>', `<components><component><message>apikey=${TEST_KEY}</message><name>apikey</name></component></components>`);

export const echoingHtmlPage = (url: string) => `<html><body>Cannot serve ${url}</body></html>`;

/** A page whose excerpt cut (200 characters) falls inside the key. */
export const keyAcrossTheCut = `<html>${'x'.repeat(188)}${TEST_KEY}</html>`;

/** A network failure whose message and cause chain carry the full URL, as some fetch implementations report it. */
export function leakyNetworkError(url: string): Error {
  const root = Object.assign(new Error(`getaddrinfo ENOTFOUND for ${url}`), { code: 'ENOTFOUND' });
  const middle = new Error(`request to ${url} failed, key ${TEST_KEY}`, { cause: root });
  return new TypeError(`fetch failed: ${url}`, { cause: middle });
}

/**
 * Errors a custom fetch may throw whose key is out of sight of `message`, `stack` and `JSON.stringify`,
 * but not of `util.inspect`: each is built from the request as the fetch received it (key included).
 */
export function hiddenKeyErrors(request: Request): Record<string, () => Error> {
  const secret = `${request.url} ${request.headers.get('authorization') ?? ''}`;
  return {
    'a Request attached to the error': () => Object.assign(new Error('boom'), { request }),
    'Headers attached to the error': () => Object.assign(new Error('boom'), { headers: new Headers({ 'x-echo': secret, authorization: request.headers.get('authorization') ?? 'none' }) }),
    'a Map attached to the error': () => Object.assign(new Error('boom'), { context: new Map([['sent', secret]]) }),
    'a Symbol-keyed property': () => Object.assign(new Error('boom'), { [Symbol('context')]: secret }),
    'a non-enumerable property': () => Object.defineProperty(new Error('boom'), 'context', { value: secret, enumerable: false }),
    'AggregateError.errors': () => new AggregateError([new Error(`first try: ${secret}`)], 'boom: every attempt failed'),
    'a circular object': () => {
      const context: Record<string, unknown> = { secret };
      context.self = context;
      return Object.assign(new Error('boom'), { context });
    },
    'a cause that is not an Error': () => new Error('boom', { cause: { sent: secret, request } }),
    'a deep cause chain': () => {
      let error = new Error(`root: ${secret}`);
      for (let i = 0; i < 20; i++) error = new Error(`boom ${i}`, { cause: error });
      return error;
    },
  };
}

/** A 200 ticket with the key echoed as stray text and as the name of an unknown element: both end up in codec warnings. */
export const ticketEchoingTheKey = `<ticket xmlns="${CORE_NS}">${TEST_KEY}<${TEST_KEY}>x</${TEST_KEY}><ticketNo>X</ticketNo></ticket>`;
