import { startMock, type RunningMock } from '@regrws/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegRwsClient, RegRwsApiError, type RegRwsClient, type TicketedResult } from '../../src/index.js';
import { TEST_KEY } from '../support/fake-fetch.js';
import { PARENT_NET, recipient, simpleReassignment } from './e2e.fixture.js';

let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock({ port: 0 });
}, 60_000);

afterAll(async () => {
  await mock?.close();
});

/** A client for the mock; `prefer` asks the mock (Prism) for a documented example of one operation's answer. */
function clientFor(...prefer: { path: RegExp; header: string }[]): RegRwsClient {
  // A clock that moves only when the client waits: ticket polls and retries cost no real time.
  let now = 0;
  return createRegRwsClient({
    apiKey: TEST_KEY,
    environment: mock.url,
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
    fetch: (request) => {
      const rule = prefer.find((p) => p.path.test(new URL(request.url).pathname));
      if (rule) {
        const headers = new Headers(request.headers);
        headers.set('Prefer', rule.header);
        return fetch(new Request(request, { headers }));
      }
      return fetch(request);
    },
  });
}

/** The simple-reassignment flow, as the README shows it. */
async function simpleReassign(client: RegRwsClient): Promise<TicketedResult> {
  const parent = await client.net.get(PARENT_NET);
  const customer = await client.customer.create(parent.handle!, recipient);
  return client.net.reassign(parent.handle!, simpleReassignment(customer.handle!, parent.handle!));
}

describe('e2e: the simple-reassignment flow against @regrws/mock', () => {
  it('gets the parent, creates the customer, reassigns, and gets the NET at once', async () => {
    const client = clientFor();
    const parent = await client.net.get(PARENT_NET);
    expect(parent.handle).toBe(PARENT_NET);
    expect(parent.netBlocks?.length).toBeGreaterThan(0);
    const result = await simpleReassign(client);
    expect(result.status).toBe('done');
    if (result.status === 'done') {
      expect(result.net.handle).toMatch(/^NET-/);
      expect(result.net.parentNetHandle).toBe(PARENT_NET);
    }
  }, 30_000);

  it('handles a reassignment that goes to review: pending ticket, then waits for it', async () => {
    const client = clientFor({ path: /\/reassign$/, header: 'example=pending' }, { path: /^\/rest\/ticket\/[^/]+$/, header: 'example=resolved' });
    const result = await simpleReassign(client);
    expect(result.status).toBe('pending');
    if (result.status !== 'pending') return;
    expect(result.ticket.ticketNo).toBeTruthy();
    const resolved = await client.waitForTicket(result.ticket.ticketNo!, { interval: 60_000, timeout: 180_000 });
    expect(resolved.webTicketStatus).toBe('RESOLVED');
  }, 30_000);

  it('an error answer from the mock arrives as a typed RegRwsApiError', async () => {
    const client = clientFor({ path: /\/rest\/net\//, header: 'code=404' });
    const error = await client.net.get(PARENT_NET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegRwsApiError);
    expect(error).toMatchObject({ status: 404, code: 'E_OBJECT_NOT_FOUND' });
    expect(JSON.stringify(error)).not.toContain(TEST_KEY);
  }, 30_000);
});
