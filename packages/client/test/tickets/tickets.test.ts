import { codec } from '@regrws/codec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { RegRwsAbortError, RegRwsTicketWaitTimeoutError, type Net, type Ticket, type TicketedResult } from '../../src/index.js';
import { testClient, xmlResponse } from '../support/fake-fetch.js';
import { doneReassign, fakeClock, pendingReassign, reassignment, TICKET_NO, ticketXml } from './tickets.fixture.js';

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
