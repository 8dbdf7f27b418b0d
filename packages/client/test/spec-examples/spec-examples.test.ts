import { codec } from '@regrws/codec';
import { describe, expect, it } from 'vitest';
import { RegRwsApiError, type RegRwsClient } from '../../src/index.js';
import { operationCases } from '../operations/operations.fixture.js';
import { testClient, xmlResponse } from '../support/fake-fetch.js';
import { exampleCases, facadeResult, requestBodyFor } from './spec-examples.fixture.js';

function rawCall(client: RegRwsClient, method: string, path: string, init: unknown) {
  return (client.raw.request as (m: string, p: string, i: unknown) => Promise<{ data?: unknown }>)(method, path, init);
}

describe('spec examples: every documented answer reaches the caller typed', () => {
  it('the bundled spec documents answers for every operation', () => {
    expect(exampleCases.length).toBeGreaterThan(100);
    const without = codec.map.operations.filter((op) => !exampleCases.some((c) => c.operation === op)).map((op) => op.operationId);
    expect(without).toEqual([]);
  });

  it.each(exampleCases.map((c) => [`${c.operation.operationId} ${c.example.status} ${c.example.name}`, c] as const))('%s', async (_title, { operation: op, example }) => {
    // Retries off: this test is about decoding; 429 and 503 examples must surface on the first answer.
    const { client, requests } = testClient(() => xmlResponse(example.xml, example.status), { retry: false });
    const testCase = operationCases[op.operationId]!;
    const body = requestBodyFor(op);
    const raw = rawCall(client, op.method, op.path, { params: testCase.params, ...(body === undefined ? {} : { body }) });
    const facade = testCase.facade(client, body);

    const payload = op.responses[String(example.status)];
    expect(payload, `status ${example.status} of ${op.operationId} has no payload in the XML map`).toBeTruthy();
    const decoded = codec.decode<any>(example.xml, { payload: payload! }).value;

    if (example.status < 300) {
      expect((await raw).data).toEqual(decoded);
      expect(await facade).toEqual(facadeResult(op, payload!, decoded));
    } else {
      expect(payload).toBe('Error');
      for (const call of [raw, facade]) {
        const error = await call.then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(RegRwsApiError);
        expect(error).toMatchObject({
          kind: 'api',
          status: example.status,
          code: decoded.code,
          serverMessage: decoded.message,
          components: decoded.components ?? [],
          additionalInfo: decoded.additionalInfo ?? [],
          request: { operationId: op.operationId, method: op.method.toUpperCase() },
        });
      }
    }
    expect(requests).toHaveLength(2);
  });
});
