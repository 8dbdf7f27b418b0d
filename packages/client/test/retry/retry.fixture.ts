import { codec } from '@regrws/codec';
import { errorXml } from '../support/fake-fetch.js';
import { requestBodyFor } from '../spec-examples/spec-examples.fixture.js';
import { responseExamples } from '../support/spec.js';

export const tooManyRequests = errorXml('E_TOO_MANY_REQUESTS', 'Rate limit exceeded.');
export const outage = errorXml('E_OUTAGE', 'Reg-RWS is down for maintenance.');
export const notFound = errorXml('E_OBJECT_NOT_FOUND', 'The object was not found.');

/** A documented success answer for an operation. */
export function successXml(operationId: string): string {
  const ok = responseExamples(operationId).find((ex) => ex.status === 200);
  if (!ok) throw new Error(`no 200 example for ${operationId}`);
  return ok.xml;
}

export { requestBodyFor };
export const idempotentOperations = codec.map.operations.filter((o) => o.idempotent);
export const nonIdempotentOperations = codec.map.operations.filter((o) => !o.idempotent);
