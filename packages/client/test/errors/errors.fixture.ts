import { CORE_NS, errorXml } from '../support/fake-fetch.js';

/** A load balancer's page, as Reg-RWS sometimes answers instead of an <error> payload. */
export const htmlErrorPage = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>${'x'.repeat(400)}</p></body></html>`;

export const entityValidationError = errorXml(
  'E_ENTITY_VALIDATION',
  'Payload entity failed to validate; see component messages for details.',
).replace('<components/>', '<components><component><message>IP range overlaps with existing network(s).</message><name>startAddress</name></component></components>')
  .replace('<additionalInfo/>', '<additionalInfo><message>See the NRPM.</message></additionalInfo>');

/** A code that is not in the spec's known list: it must still arrive, as a string. */
export const unknownCodeError = errorXml('E_BRAND_NEW', 'Something new went wrong.');

export const pocXml = `<poc xmlns="${CORE_NS}"><handle>DOEJA5-ARIN</handle><lastName>Doe</lastName></poc>`;
export const brokenPocXml = `<poc xmlns="${CORE_NS}"><handle>DOEJA5-ARIN</handle>`;
export const orgXml = `<org xmlns="${CORE_NS}"><handle>EXAMPLE-1</handle></org>`;
export const emptyTicketedRequest = `<ticketedRequest xmlns="${CORE_NS}"/>`;
