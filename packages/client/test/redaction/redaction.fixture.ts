import { errorXml, TEST_KEY } from '../support/fake-fetch.js';

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
