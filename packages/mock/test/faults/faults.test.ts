/** Faults answered the ARIN way: an XML ErrorPayload with the right status and code, never problem+json. */
import { describe, expect, it } from 'vitest';
import { codec } from '@regrws/codec';
import { bundledSpec, call, readError, useMock, type ArinErrorValue } from '../support/mock.js';
import * as fx from './faults.fixture.js';

const { mock } = useMock({ maxBodyBytes: 64 * 1024 });
const url = () => mock().url;

/** A named example of a shared error response of the bundled spec, decoded. */
function specExample(response: string, name: string): ArinErrorValue {
  const ref = bundledSpec.components.responses[response].content['application/xml'].examples[name].$ref as string;
  const xml = bundledSpec.components.examples[ref.split('/').pop()!].value as string;
  return codec.decode<ArinErrorValue>(xml, { payload: 'Error' }).value;
}

describe('API key', () => {
  it.each([
    ['missing', '/rest/poc/DOEJA5-ARIN'],
    ['under APIKEY', '/rest/poc/DOEJA5-ARIN?APIKEY=API-1234-1234-1234-1234'],
    ['under apiKey', '/rest/poc/DOEJA5-ARIN?apiKey=API-1234-1234-1234-1234'],
    ['empty', '/rest/poc/DOEJA5-ARIN?apikey='],
  ])('%s → 400 E_AUTHENTICATION with ARIN’s message', async (_what, path) => {
    const r = await call(url(), 'GET', path, { key: false });
    expect(r.status).toBe(400);
    expect(readError(r)).toMatchObject({ code: 'E_AUTHENTICATION', message: 'The API key specified was missing or invalid.' });
  });

  it('a malformed Authorization header is no key either', async () => {
    const r = await call(url(), 'GET', '/rest/poc/DOEJA5-ARIN', { key: false, headers: { Authorization: 'Bearer API-1234-1234-1234-1234' } });
    expect(r.status).toBe(400);
    expect(readError(r).code).toBe('E_AUTHENTICATION');
  });

  it('Authorization: ApiKey <key> is accepted', async () => {
    const r = await call(url(), 'GET', '/rest/poc/DOEJA5-ARIN', { key: false, headers: { Authorization: 'ApiKey API-1234-1234-1234-1234' } });
    expect(r.status).toBe(200);
  });
});

describe('media types', () => {
  it.each(['application/json', 'text/plain', 'application/xml; charset=ISO-8859-1'])('Content-Type %s → 415 E_UNSUPPORTED_MEDIA_TYPE', async (type) => {
    const r = await call(url(), 'POST', '/rest/poc', { body: fx.validPoc, headers: { 'Content-Type': type } });
    expect(r.status).toBe(415);
    expect(readError(r).code).toBe('E_UNSUPPORTED_MEDIA_TYPE');
  });

  it('Accept: application/json only → 406 E_NOT_ACCEPTABLE', async () => {
    const r = await call(url(), 'GET', '/rest/poc/DOEJA5-ARIN', { headers: { Accept: 'application/json' } });
    expect(r.status).toBe(406);
    expect(readError(r).code).toBe('E_NOT_ACCEPTABLE');
  });

  it('the 406 has the shape of the spec’s NotAcceptable example (code, message, an Accept component)', async () => {
    const documented = specExample('NotAcceptable', 'notAcceptable');
    const r = await call(url(), 'GET', '/rest/poc/DOEJA5-ARIN', { headers: { Accept: 'text/html' } });
    expect(r.status).toBe(406);
    const e = readError(r);
    expect({ code: e.code, message: e.message }).toEqual({ code: documented.code, message: documented.message });
    expect(e.components?.map((c) => c.name)).toEqual(documented.components?.map((c) => c.name));
    expect(e.components?.[0]?.message).toMatch(/^Only application\/xml can be produced\. Received "text\/html"\.$/);
  });

  it('the valid fixture itself is accepted (the fault tests below change one thing each)', async () => {
    const r = await call(url(), 'POST', '/rest/poc', { body: fx.validPoc });
    expect(r.status).toBe(200);
  });
});

describe('XML bodies', () => {
  it.each([
    ['malformed XML', fx.malformedPoc, /\/poc/],
    ['a wrong root', fx.wrongRoot, /\/net|\//],
    ['an unknown element', fx.unknownElement, /\/poc\/shoeSize/],
    ['a bad enum value', fx.badEnum, /\/poc\/contactType/],
    ['no namespace', fx.noNamespace, /\/poc/],
  ])('%s → 400 E_SCHEMA_VALIDATION naming the element, with line and column', async (_what, body, name) => {
    const r = await call(url(), 'POST', '/rest/poc', { body });
    expect(r.status).toBe(400);
    const e = readError(r);
    expect(e.code).toBe('E_SCHEMA_VALIDATION');
    expect(e.components?.length).toBeGreaterThan(0);
    expect(e.components!.some((c) => name.test(c.name ?? ''))).toBe(true);
    expect(e.components!.some((c) => /line \d+, column \d+/.test(c.message ?? ''))).toBe(true);
  });

  it('a missing required element is a business rule → 400 E_ENTITY_VALIDATION naming it', async () => {
    const r = await call(url(), 'POST', '/rest/poc', { body: fx.missingRequired });
    expect(r.status).toBe(400);
    const e = readError(r);
    expect(e.code).toBe('E_ENTITY_VALIDATION');
    expect(e.components!.map((c) => c.message).join(' ')).toMatch(/lastName/);
  });

  it('an empty body on a create → 400 E_SCHEMA_VALIDATION', async () => {
    const r = await call(url(), 'POST', '/rest/poc', { body: '' });
    expect(r.status).toBe(400);
    expect(readError(r).code).toBe('E_SCHEMA_VALIDATION');
  });

  it('a body over the limit → 413', async () => {
    const r = await call(url(), 'POST', '/rest/poc', { body: fx.validPoc.replace('Doe', 'D'.repeat(70 * 1024)) });
    expect(r.status).toBe(413);
    expect(readError(r).code).toBe('E_BAD_REQUEST');
  });

  it('the 413 is the spec’s requestTooLarge example, with this mock’s limit', async () => {
    const documented = specExample('PayloadTooLarge', 'requestTooLarge');
    const r = await call(url(), 'POST', '/rest/poc', { body: fx.validPoc.replace('Doe', 'D'.repeat(70 * 1024)) });
    expect(r.status).toBe(413);
    const e = readError(r);
    expect({ code: e.code, message: e.message, components: e.components }).toEqual({
      code: documented.code,
      message: documented.message,
      components: documented.components!.map((c) => ({ name: c.name, message: c.message!.replace('1048576', String(64 * 1024)) })),
    });
  });
});

describe('URLs and parameters', () => {
  it.each([
    ['a bad matrix enum', 'DELETE', '/rest/poc/DOEJA5-ARIN/phone/;type=Z', 'type'],
    ['a bad matrix enum with a number', 'DELETE', '/rest/poc/DOEJA5-ARIN/phone/%2B1-555-555-0100;type=Q', 'type'],
    ['a handle that is not a NET handle', 'GET', '/rest/net/NOT_A_NET', 'netHandle'],
    ['a bad pocFunction', 'PUT', '/rest/org/EXAMPLE-1/poc/DOEJA5-ARIN;pocFunction=XX', 'pocFunction'],
    ['a bad ticket status', 'GET', '/rest/ticket;ticketStatus=SLEEPING', 'ticketStatus'],
    ['an empty matrix value', 'DELETE', '/rest/poc/DOEJA5-ARIN/phone/;type=', 'type'],
  ])('%s → 400 E_BAD_REQUEST naming the parameter', async (_what, method, path, param) => {
    const r = await call(url(), method, path);
    expect(r.status).toBe(400);
    const e = readError(r);
    expect(e.code).toBe('E_BAD_REQUEST');
    expect(e.components?.map((c) => c.name)).toContain(param);
  });

  it('a missing matrix parameter → 400 E_BAD_REQUEST', async () => {
    const r = await call(url(), 'PUT', '/rest/org/EXAMPLE-1/poc/DOEJA5-ARIN');
    expect(r.status).toBe(400);
    expect(readError(r).code).toBe('E_BAD_REQUEST');
  });

  it('matrix parameters in either order reach the same operation', async () => {
    const a = await call(url(), 'GET', '/rest/ticket;ticketType=QUESTION;ticketStatus=PENDING_REVIEW');
    const b = await call(url(), 'GET', '/rest/ticket;ticketStatus=PENDING_REVIEW;ticketType=QUESTION');
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(b.body).toBe(a.body);
  });

  it.each(['/rest/nothing', '/rest/poc/DOEJA5-ARIN/shoes', '/', '/rest'])('unknown path %s → 404', async (path) => {
    const r = await call(url(), 'GET', path);
    expect(r.status).toBe(404);
    expect(readError(r).code).toBe('E_BAD_REQUEST');
  });

  it('a wrong method → 405 E_METHOD_NOT_ALLOWED with Allow', async () => {
    const r = await call(url(), 'POST', '/rest/poc/DOEJA5-ARIN', { body: fx.validPoc });
    expect(r.status).toBe(405);
    expect(readError(r).code).toBe('E_METHOD_NOT_ALLOWED');
    expect(r.headers.get('allow')).toBe('GET, PUT, DELETE');
  });

  it('a bad query parameter type → 400 E_BAD_REQUEST', async () => {
    const r = await call(url(), 'GET', '/rest/ticket/20240503-X4?msgRefs=maybe');
    expect(r.status).toBe(400);
    expect(readError(r).code).toBe('E_BAD_REQUEST');
  });

  it('no fault is answered with problem+json', async () => {
    const r = await call(url(), 'GET', '/rest/ticket;ticketStatus=SLEEPING');
    expect(r.headers.get('content-type')).toBe('application/xml');
    expect(r.body).not.toMatch(/problem|stoplight|prism/i);
  });
});
