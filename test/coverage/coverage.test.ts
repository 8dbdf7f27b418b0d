// No silent skip: every operation of the bundled spec, and every status it documents, has a case on
// each side; no case names an operation the spec does not have.
import { describe, expect, it } from 'vitest';
import { clientCases } from '../client/operations.fixture.js';
import { mockCases } from '../mock/operations.fixture.js';
import { pendingBug } from '../mock/pending.js';
import { operationIds, operations } from '../support/spec.js';

describe('coverage of the spec', () => {
  it('the spec has operations (the bundle was read)', () => {
    expect(operations.length).toBeGreaterThanOrEqual(49);
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });

  it('every operation has a client case, and every client case an operation', () => {
    const missing = operationIds.filter((id) => !clientCases[id]?.length);
    const unknown = Object.keys(clientCases).filter((id) => !operationIds.includes(id));
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
  });

  it('every operation has a mock case, and every mock case an operation', () => {
    const missing = operationIds.filter((id) => !mockCases[id]);
    const unknown = Object.keys(mockCases).filter((id) => !operationIds.includes(id));
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
  });

  it('no documented status or example of the mock is waiting on a pending bug', () => {
    const waiting = operations.flatMap((op) =>
      op.responses.flatMap((r) =>
        r.examples.map((e) => `Prefer: code=${r.status}, example=${e.name} gives that answer, valid for ${r.payload}`).filter((name) => pendingBug(op.operationId, name)),
      ),
    );
    expect(waiting).toEqual([]);
  });

  it('every documented status has an example, so the client is checked against each of them', () => {
    const without = operations.flatMap((op) => op.responses.filter((r) => !r.payload || r.examples.length === 0).map((r) => `${op.operationId} ${r.status}`));
    expect(without).toEqual([]);
  });
});
