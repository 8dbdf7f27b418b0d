import { codec, type OperationInfo } from '@regrws/codec';
import { requestExamples, responseExamples, type ResponseExample } from '../support/spec.js';

export interface ExampleCase {
  operation: OperationInfo;
  example: ResponseExample;
}

/** Every documented XML response example of every operation in the bundled spec. */
export const exampleCases: ExampleCase[] = codec.map.operations.flatMap((operation) =>
  responseExamples(operation.operationId).map((example) => ({ operation, example })),
);

/** A valid body for the operation's request (its first documented example), so the call gets as far as the answer. */
export function requestBodyFor(op: OperationInfo): unknown {
  if (!op.request) return undefined;
  const first = requestExamples(op.operationId)[0];
  if (!first) throw new Error(`${op.operationId} documents no request example`);
  return codec.decode(first.xml, { payload: op.request }).value;
}

/** What the facade returns for a decoded success payload: ticketed results as a union, collections as arrays. */
export function facadeResult(op: OperationInfo, payload: string, decoded: any): unknown {
  if (payload === 'TicketedRequest') return decoded.net ? { status: 'done', net: decoded.net } : { status: 'pending', ticket: decoded.ticket };
  if (payload === 'Collection') {
    if (op.operationId.startsWith('deletePocPhone')) return decoded.phones ?? [];
    if (op.operationId === 'listNetsByIpRange') return decoded.nets ?? [];
    if (op.operationId === 'getNetDelegations') return decoded.delegations ?? [];
    return decoded.tickets ?? [];
  }
  return decoded;
}
