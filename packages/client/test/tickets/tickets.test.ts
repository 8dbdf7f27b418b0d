import { codec } from '@regrws/codec';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createRegRwsClient, RegRwsAbortError, RegRwsTicketWaitTimeoutError, type Net, type Ticket, type TicketedResult } from '../../src/index.js';
import { fakeFetch, TEST_KEY, testClient, xmlResponse } from '../support/fake-fetch.js';
import { countListeners, deafFetch, doneReassign, fakeClock, hangingFetch, pendingReassign, reassignment, TICKET_NO, ticketXml } from './tickets.fixture.js';

const failure = (call: Promise<unknown>) => call.then(() => { throw new Error('expected the call to fail'); }, (e: unknown) => e);

describe('tickets: ticketed results and waiting for tickets', () => {
  it('a reassignment processed at once is { status: "done", net }', async () => {
    const { client, requests } = testClient(() => xmlResponse(doneReassign));
    const result = await client.net.reassign('NET-192-0-2-0-1', reassignment);
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    expectTypeOf(result.net).toEqualTypeOf<Net>();
    expect(result.net).toMatchObject({ handle: 'NET-192-0-2-64-1', customerHandle: 'C09876543' });
    expect(requests[0]).toMatchObject({ method: 'PUT' });
    expect(codec.validate(requests[0]!.body, { payload: 'Net' }).valid).toBe(true);
  });

  it('a reassignment sent for review is { status: "pending", ticket }', async () => {
    const { client } = testClient(() => xmlResponse(pendingReassign));
    const result: TicketedResult = await client.net.reallocate('NET-192-0-2-0-1', reassignment);
    expect(result).toEqual({ status: 'pending', ticket: expect.objectContaining({ ticketNo: TICKET_NO, webTicketStatus: 'PENDING_REVIEW' }) });
    if (result.status === 'pending') expectTypeOf(result.ticket).toEqualTypeOf<Ticket>();
  });

  it('waitForTicket polls (with msgRefs=true) until RESOLVED and returns the ticket', async () => {
    const clock = fakeClock();
    const statuses = ['PENDING_REVIEW', 'IN_PROGRESS', 'RESOLVED'];
    const { client, requests } = testClient((_r, i) => xmlResponse(ticketXml(statuses[i]!)), clock);
    const ticket = await client.waitForTicket(TICKET_NO, { interval: 5000, timeout: 60_000 });
    expect(ticket.webTicketStatus).toBe('RESOLVED');
    expect(requests).toHaveLength(3);
    for (const r of requests) {
      expect(r.method).toBe('GET');
      expect(r.url.pathname).toBe(`/rest/ticket/${TICKET_NO}`);
      expect(r.url.searchParams.get('msgRefs')).toBe('true');
    }
    expect(clock.waits).toEqual([5000, 5000]);
  });

  it('CLOSED also ends the wait', async () => {
    const clock = fakeClock();
    const { client, requests } = testClient(() => xmlResponse(ticketXml('CLOSED')), clock);
    expect((await client.waitForTicket(TICKET_NO)).webTicketStatus).toBe('CLOSED');
    expect(requests).toHaveLength(1);
  });

  it('gives up at the deadline with a typed error that says the last status', async () => {
    const clock = fakeClock();
    const { client, requests } = testClient(() => xmlResponse(ticketXml('PENDING_REVIEW')), clock);
    const error = await failure(client.waitForTicket(TICKET_NO, { interval: 4000, timeout: 10_000 }));
    expect(error).toBeInstanceOf(RegRwsTicketWaitTimeoutError);
    expect(error).toMatchObject({ ticketNo: TICKET_NO, timeoutMs: 10_000, lastStatus: 'PENDING_REVIEW' });
    // Polls at 0, 4 s, 8 s and at the deadline (10 s); never sleeps past it.
    expect(clock.waits).toEqual([4000, 4000, 2000]);
    expect(requests).toHaveLength(4);
  });

  it('honours the abort signal while waiting', async () => {
    const controller = new AbortController();
    const clock = fakeClock();
    const { client, requests } = testClient(() => xmlResponse(ticketXml('PENDING_REVIEW')), {
      now: clock.now,
      sleep: async (ms, signal) => {
        controller.abort();
        return clock.sleep(ms, signal);
      },
    });
    expect(await failure(client.waitForTicket(TICKET_NO, { signal: controller.signal }))).toBeInstanceOf(RegRwsAbortError);
    expect(requests).toHaveLength(1);
  });

  describe('the deadline covers the poll in flight', () => {
    afterEach(() => vi.restoreAllMocks());
    const elapsed = async (call: Promise<unknown>) => {
      const start = performance.now();
      const error = await failure(call);
      return { error, ms: performance.now() - start };
    };

    it('a fetch that never answers (and ignores its signal), without a per-attempt timeout, is stopped at the deadline', async () => {
      const { client, requests } = testClient(deafFetch, { timeoutMs: 0 });
      const { error, ms } = await elapsed(client.waitForTicket(TICKET_NO, { timeout: 50 }));
      expect(error).toBeInstanceOf(RegRwsTicketWaitTimeoutError);
      expect(error).toMatchObject({ ticketNo: TICKET_NO, timeoutMs: 50, lastStatus: undefined });
      expect(ms).toBeLessThan(2000);
      expect(requests).toHaveLength(1);
      expect(requests[0]!.signal.aborted).toBe(true); // the poll was told to stop
    });

    it('a slow poll is stopped at the deadline, not after its own timeout and retries, and says so', async () => {
      const { client, requests } = testClient(hangingFetch, { timeoutMs: 5000, retry: { retries: 3 } });
      const { error, ms } = await elapsed(client.waitForTicket(TICKET_NO, { timeout: 50 }));
      expect(error).toBeInstanceOf(RegRwsTicketWaitTimeoutError);
      expect(ms).toBeLessThan(2000);
      expect(requests).toHaveLength(1); // stopped, not retried
    });

    it('a later poll in flight at the deadline keeps the last status seen', async () => {
      const clock = fakeClock();
      const { client, requests } = testClient((r, i) => (i === 0 ? xmlResponse(ticketXml('IN_PROGRESS')) : hangingFetch(r)), { ...clock, timeoutMs: 0 });
      const error = await failure(client.waitForTicket(TICKET_NO, { interval: 4000, timeout: 4030 }));
      expect(error).toBeInstanceOf(RegRwsTicketWaitTimeoutError);
      expect(error).toMatchObject({ lastStatus: 'IN_PROGRESS' });
      expect(clock.waits).toEqual([4000]);
      expect(requests).toHaveLength(2);
    });

    it("the caller's signal during a poll is still an abort, not a wait timeout, even with a fetch that ignores it", async () => {
      const controller = new AbortController();
      const { client } = testClient(deafFetch, { timeoutMs: 0 });
      setTimeout(() => controller.abort(), 10);
      expect(await failure(client.waitForTicket(TICKET_NO, { timeout: 60_000, signal: controller.signal }))).toBeInstanceOf(RegRwsAbortError);
      const clientWide = new AbortController();
      const other = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', timeoutMs: 0, signal: clientWide.signal, fetch: deafFetch });
      setTimeout(() => clientWide.abort(), 10);
      expect(await failure(other.waitForTicket(TICKET_NO, { timeout: 60_000 }))).toBeInstanceOf(RegRwsAbortError);
    });

    it('leaves no timer and no listener behind, whether the ticket resolves or the deadline passes', async () => {
      const created: unknown[] = [];
      const cleared = new Set<unknown>();
      const realSetTimeout = globalThis.setTimeout;
      const realClearTimeout = globalThis.clearTimeout;
      vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
        const handle = realSetTimeout(fn, ms);
        created.push(handle);
        return handle;
      }) as typeof setTimeout);
      vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((handle: Parameters<typeof clearTimeout>[0]) => {
        cleared.add(handle);
        realClearTimeout(handle);
      }) as typeof clearTimeout);
      const clientWide = new AbortController();
      const caller = new AbortController();
      const listeners = [countListeners(clientWide.signal), countListeners(caller.signal)];
      const clock = fakeClock();
      const statuses = ['PENDING_REVIEW', 'IN_PROGRESS', 'RESOLVED'];
      const { fetch } = fakeFetch((_r, i) => xmlResponse(ticketXml(statuses[i]!)));
      const client = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', timeoutMs: 0, signal: clientWide.signal, fetch, ...clock });
      expect((await client.waitForTicket(TICKET_NO, { interval: 5000, timeout: 60_000, signal: caller.signal })).webTicketStatus).toBe('RESOLVED');
      expect(created.length).toBeGreaterThanOrEqual(3); // one deadline timer per poll…
      expect(created.filter((h) => !cleared.has(h))).toEqual([]); // …each cleared
      for (const l of listeners) expect(l.live()).toBe(0);

      // The deadline path, with a fetch that honours its signal.
      created.length = 0;
      const hanging = createRegRwsClient({ apiKey: TEST_KEY, environment: 'ote', timeoutMs: 0, signal: clientWide.signal, fetch: hangingFetch });
      expect(await failure(hanging.waitForTicket(TICKET_NO, { timeout: 20, signal: caller.signal }))).toBeInstanceOf(RegRwsTicketWaitTimeoutError);
      await new Promise((resolve) => realSetTimeout(resolve, 0));
      for (const l of listeners) expect(l.live()).toBe(0);
    });
  });

  it('ticket.close sends only the ticket number and CLOSED', async () => {
    const { client, requests } = testClient(() => xmlResponse(ticketXml('CLOSED')));
    const closed = await client.ticket.close(TICKET_NO);
    expect(closed.webTicketStatus).toBe('CLOSED');
    expect(requests[0]).toMatchObject({ method: 'PUT' });
    expect(requests[0]!.url.pathname).toBe(`/rest/ticket/${TICKET_NO}`);
    expect(codec.decode(requests[0]!.body, { payload: 'Ticket' }).value).toEqual({ ticketNo: TICKET_NO, webTicketStatus: 'CLOSED' });
    expect(codec.validate(requests[0]!.body, { payload: 'Ticket' }).valid).toBe(true);
  });

  it('ticket.list returns the collection as an array, empty when nothing matched', async () => {
    const { client } = testClient((_r, i) =>
      xmlResponse(i === 0 ? `<collection xmlns="http://www.arin.net/regrws/core/v1">${ticketXml('RESOLVED').replace(/ xmlns="[^"]+"/, '')}</collection>` : '<collection xmlns="http://www.arin.net/regrws/core/v1"/>'),
    );
    expect(await client.ticket.list({ status: 'RESOLVED' })).toEqual([expect.objectContaining({ ticketNo: TICKET_NO })]);
    expect(await client.ticket.list({ type: 'QUESTION', status: 'ANY' })).toEqual([]);
  });

  it('ticket.setStatus sends no body and puts the status in the URL', async () => {
    const { client, requests } = testClient(() => xmlResponse(ticketXml('CLOSED')));
    const closed = await client.ticket.setStatus(TICKET_NO, 'CLOSED');
    expect(closed.webTicketStatus).toBe('CLOSED');
    expect(requests[0]).toMatchObject({ method: 'PUT', body: '' });
    expect(requests[0]!.url.pathname).toBe(`/rest/ticket/${TICKET_NO}/ticketStatus/CLOSED`);
  });

  it('ticket.getSummary and ticket.listSummaries use the summary URLs, not the ticket-number path', async () => {
    const { client, requests } = testClient((_r, i) =>
      xmlResponse(i === 0 ? ticketXml('RESOLVED') : `<collection xmlns="http://www.arin.net/regrws/core/v1">${ticketXml('RESOLVED').replace(/ xmlns="[^"]+"/, '')}</collection>`),
    );
    expect(await client.ticket.getSummary(TICKET_NO)).toMatchObject({ ticketNo: TICKET_NO, webTicketStatus: 'RESOLVED' });
    expect(await client.ticket.listSummaries({ type: 'QUESTION', status: 'RESOLVED' })).toEqual([expect.objectContaining({ ticketNo: TICKET_NO })]);
    expect(requests.map((r) => r.url.pathname)).toEqual([`/rest/ticket/${TICKET_NO}/summary`, '/rest/ticket/summary;ticketType=QUESTION;ticketStatus=RESOLVED']);
  });

  it('net.remove is a ticketed result, and net.listByIpRange an array (empty when nothing matched)', async () => {
    const { client, requests } = testClient((_r, i) => xmlResponse(i === 0 ? pendingReassign : '<collection xmlns="http://www.arin.net/regrws/core/v1"/>'));
    expect(await client.net.remove('NET-192-0-2-64-1', reassignment)).toEqual({ status: 'pending', ticket: expect.objectContaining({ ticketNo: TICKET_NO }) });
    expect(await client.net.listByIpRange('2001:db8::', '2001:db8::ffff')).toEqual([]);
    expect(requests[0]).toMatchObject({ method: 'PUT' });
    expect(requests[0]!.url.pathname).toBe('/rest/net/NET-192-0-2-64-1/remove');
    expect(decodeURIComponent(requests[1]!.url.pathname)).toBe('/rest/net/netsByIpRange/2001:db8::/2001:db8::ffff');
  });
});
