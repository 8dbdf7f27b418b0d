import type { TicketType } from '@regrws/codec';
import { RegRwsAbortError, RegRwsArgumentError, RegRwsTicketWaitTimeoutError } from './errors.js';
import type { components } from './generated/schema.js';
import type { RegRwsRawClient } from './raw.js';
import { anySignal } from './signals.js';

type Schemas = components['schemas'];
// Aliases of the generated types (never re-declared shapes), for readable signatures.
export type Poc = Schemas['Poc'];
export type Phone = Schemas['Phone'];
export type PhoneTypeCode = Schemas['PhoneTypeCode'];
export type PocFunction = Schemas['PocFunction'];
export type Org = Schemas['Org'];
export type Customer = Schemas['Customer'];
export type Net = Schemas['Net'];
export type Ticket = Schemas['Ticket'];
export type TicketStatus = Schemas['TicketStatus'];
/** The status `PUT /rest/ticket/{ticketNo}/ticketStatus/{ticketStatus}` accepts: only `CLOSED`. */
export type SettableTicketStatus = components['parameters']['TicketStatusClosed'];
export type TicketedRequest = Schemas['TicketedRequest'];
export type Message = Schemas['Message'];
export type Collection = Schemas['Collection'];
export type Delegation = Schemas['Delegation'];
export type DelegationKey = Schemas['DelegationKey'];
export type Nameserver = Schemas['Nameserver'];
export type ErrorPayload = Schemas['Error'];
export type { TicketType };

/** Per-call options. */
export interface CallOptions {
  /** Aborts this call (together with the client-wide signal). */
  signal?: AbortSignal;
}

/**
 * The result of reassign, reallocate and delete NET: `done` when Reg-RWS processed the request at once
 * (the NET is created or deleted), `pending` when a ticket was opened for manual review.
 */
export type TicketedResult = { status: 'done'; net: Net } | { status: 'pending'; ticket: Ticket };

/** Which phones to delete: by number, by type, or both; never neither (Reg-RWS would refuse it). */
export type PhoneSelector = { number: string; type?: PhoneTypeCode } | { number?: string; type: PhoneTypeCode };

/** Which tickets to list: by type, by status, or both; never neither (the path needs one matrix parameter). */
export type TicketFilter = { type: TicketType; status?: TicketStatus } | { type?: TicketType; status: TicketStatus };

export interface WaitForTicketOptions extends CallOptions {
  /** Between polls, in ms. Default 30 000. */
  interval?: number;
  /** Overall deadline, in ms. Default 600 000 (10 minutes). */
  timeout?: number;
}

/** Statuses after which a ticket will not change by itself. */
const FINAL_STATUSES: ReadonlySet<string> = new Set(['RESOLVED', 'CLOSED']);

export function toTicketedResult(request: TicketedRequest): TicketedResult {
  if (request.net) return { status: 'done', net: request.net };
  if (request.ticket) return { status: 'pending', ticket: request.ticket };
  // The codec's decode is tolerant; the spec requires exactly one child.
  throw new RegRwsArgumentError('ticketedRequest holds neither a net nor a ticket');
}

/** Data of a call that decoded a payload (the raw client throws on every failure, so data is present). */
async function data<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T;
}

function present(text: string | undefined): text is string {
  return text !== undefined && text !== '';
}

export interface Timing {
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
  /** The client-wide signal: it also stops waits. */
  signal: AbortSignal | undefined;
}

export function createFacade(raw: RegRwsRawClient, timing: Timing) {
  const poc = {
    get: (pocHandle: string, options: CallOptions = {}) =>
      data(raw.GET('/rest/poc/{pocHandle}', { params: { path: { pocHandle } }, ...options })),
    /** `makeLink: true` links the new POC to the key's web user (`/rest/poc;makeLink=true`). */
    create: (newPoc: Poc, options: CallOptions & { makeLink?: boolean } = {}) => {
      const { makeLink, ...rest } = options;
      return makeLink === undefined
        ? data(raw.POST('/rest/poc', { body: newPoc, ...rest }))
        : data(raw.POST('/rest/poc;makeLink={makeLink}', { params: { path: { makeLink } }, body: newPoc, ...rest }));
    },
    /** Replaces the POC; phones and emails in the body replace the stored sets. */
    modify: (pocHandle: string, changed: Poc, options: CallOptions = {}) =>
      data(raw.PUT('/rest/poc/{pocHandle}', { params: { path: { pocHandle } }, body: changed, ...options })),
    /** Returns the POC as it was before removal. */
    delete: (pocHandle: string, options: CallOptions = {}) =>
      data(raw.DELETE('/rest/poc/{pocHandle}', { params: { path: { pocHandle } }, ...options })),
    addPhone: (pocHandle: string, phone: Phone, options: CallOptions = {}) =>
      data(raw.PUT('/rest/poc/{pocHandle}/phone', { params: { path: { pocHandle } }, body: phone, ...options })),
    /** Deletes the matching phones and returns them (an empty list when none matched). */
    deletePhone: async (pocHandle: string, selector: PhoneSelector, options: CallOptions = {}): Promise<Phone[]> => {
      const { number, type } = selector as { number?: string; type?: PhoneTypeCode };
      let removed: Collection;
      if (present(number) && present(type)) {
        removed = await data(raw.DELETE('/rest/poc/{pocHandle}/phone/{number};type={type}', { params: { path: { pocHandle, number, type } }, ...options }));
      } else if (present(number)) {
        removed = await data(raw.DELETE('/rest/poc/{pocHandle}/phone/{number}', { params: { path: { pocHandle, number } }, ...options }));
      } else if (present(type)) {
        removed = await data(raw.DELETE('/rest/poc/{pocHandle}/phone/;type={type}', { params: { path: { pocHandle, type } }, ...options }));
      } else {
        throw new RegRwsArgumentError('poc.deletePhone needs a phone number, a phone type, or both');
      }
      return removed.phones ?? [];
    },
    addEmail: (pocHandle: string, email: string, options: CallOptions = {}) =>
      data(raw.POST('/rest/poc/{pocHandle}/email/{email}', { params: { path: { pocHandle, email } }, ...options })),
    deleteEmail: (pocHandle: string, email: string, options: CallOptions = {}) =>
      data(raw.DELETE('/rest/poc/{pocHandle}/email/{email}', { params: { path: { pocHandle, email } }, ...options })),
  };

  const org = {
    get: (orgHandle: string, options: CallOptions = {}) =>
      data(raw.GET('/rest/org/{orgHandle}', { params: { path: { orgHandle } }, ...options })),
    /** Org creation is always reviewed by ARIN: the answer is the ORG_CREATE ticket, not the Org. */
    create: (newOrg: Org, options: CallOptions = {}) => data(raw.POST('/rest/org', { body: newOrg, ...options })),
    /** A recipient Org under a parent NET (for detailed reassignments and reallocations). */
    createRecipient: (parentNetHandle: string, recipient: Org, options: CallOptions = {}) =>
      data(raw.POST('/rest/net/{parentNetHandle}/org', { params: { path: { parentNetHandle } }, body: recipient, ...options })),
    modify: (orgHandle: string, changed: Org, options: CallOptions = {}) =>
      data(raw.PUT('/rest/org/{orgHandle}', { params: { path: { orgHandle } }, body: changed, ...options })),
    delete: (orgHandle: string, options: CallOptions = {}) =>
      data(raw.DELETE('/rest/org/{orgHandle}', { params: { path: { orgHandle } }, ...options })),
    addPoc: (orgHandle: string, pocHandle: string, pocFunction: PocFunction, options: CallOptions = {}) =>
      data(raw.PUT('/rest/org/{orgHandle}/poc/{pocHandle};pocFunction={pocFunction}', { params: { path: { orgHandle, pocHandle, pocFunction } }, ...options })),
    removePoc: (orgHandle: string, pocHandle: string, pocFunction: PocFunction, options: CallOptions = {}) =>
      data(raw.DELETE('/rest/org/{orgHandle}/poc/{pocHandle};pocFunction={pocFunction}', { params: { path: { orgHandle, pocHandle, pocFunction } }, ...options })),
  };

  const customer = {
    get: (customerHandle: string, options: CallOptions = {}) =>
      data(raw.GET('/rest/customer/{customerHandle}', { params: { path: { customerHandle } }, ...options })),
    /** A recipient customer under a parent NET (for simple reassignments). */
    create: (parentNetHandle: string, newCustomer: Customer, options: CallOptions = {}) =>
      data(raw.POST('/rest/net/{parentNetHandle}/customer', { params: { path: { parentNetHandle } }, body: newCustomer, ...options })),
    modify: (customerHandle: string, changed: Customer, options: CallOptions = {}) =>
      data(raw.PUT('/rest/customer/{customerHandle}', { params: { path: { customerHandle } }, body: changed, ...options })),
    delete: (customerHandle: string, options: CallOptions = {}) =>
      data(raw.DELETE('/rest/customer/{customerHandle}', { params: { path: { customerHandle } }, ...options })),
  };

  const net = {
    get: (netHandle: string, options: CallOptions = {}) =>
      data(raw.GET('/rest/net/{netHandle}', { params: { path: { netHandle } }, ...options })),
    modify: (netHandle: string, changed: Net, options: CallOptions = {}) =>
      data(raw.PUT('/rest/net/{netHandle}', { params: { path: { netHandle } }, body: changed, ...options })),
    delete: async (netHandle: string, options: CallOptions = {}): Promise<TicketedResult> =>
      toTicketedResult(await data(raw.DELETE('/rest/net/{netHandle}', { params: { path: { netHandle } }, ...options }))),
    /** Reassigns part of the parent NET. Never retried automatically: a replay would create a second NET. */
    reassign: async (parentNetHandle: string, reassigned: Net, options: CallOptions = {}): Promise<TicketedResult> =>
      toTicketedResult(await data(raw.PUT('/rest/net/{parentNetHandle}/reassign', { params: { path: { parentNetHandle } }, body: reassigned, ...options }))),
    /** Reallocates part of the parent NET. Never retried automatically. */
    reallocate: async (parentNetHandle: string, reallocated: Net, options: CallOptions = {}): Promise<TicketedResult> =>
      toTicketedResult(await data(raw.PUT('/rest/net/{parentNetHandle}/reallocate', { params: { path: { parentNetHandle } }, body: reallocated, ...options }))),
    /**
     * Asks ARIN to remove the NET (`PUT /rest/net/{netHandle}/remove`); the body is the NET, and may carry
     * `messages` with attachments explaining why. Never retried automatically: a replay may open a second request.
     */
    remove: async (netHandle: string, removed: Net, options: CallOptions = {}): Promise<TicketedResult> =>
      toTicketedResult(await data(raw.PUT('/rest/net/{netHandle}/remove', { params: { path: { netHandle } }, body: removed, ...options }))),
    /** The NET the range comes from. Plain addresses (`192.0.2.64`, `2001:db8::`), IPv4 or IPv6. */
    getParent: (startAddress: string, endAddress: string, options: CallOptions = {}) =>
      data(raw.GET('/rest/net/parentNet/{startAddress}/{endAddress}', { params: { path: { startAddress, endAddress } }, ...options })),
    /** The smallest NET that contains the range. Plain addresses, IPv4 or IPv6. */
    getMostSpecific: (startAddress: string, endAddress: string, options: CallOptions = {}) =>
      data(raw.GET('/rest/net/mostSpecificNet/{startAddress}/{endAddress}', { params: { path: { startAddress, endAddress } }, ...options })),
    /** The NETs of the range (an empty list when there are none). Plain addresses, IPv4 or IPv6. */
    listByIpRange: async (startAddress: string, endAddress: string, options: CallOptions = {}): Promise<Net[]> => {
      const found = await data(raw.GET('/rest/net/netsByIpRange/{startAddress}/{endAddress}', { params: { path: { startAddress, endAddress } }, ...options }));
      return found.nets ?? [];
    },
    /** The reverse-DNS delegations of the NET (`GET /rest/net/{netHandle}/delegations`); an empty list when it has none. */
    getDelegations: async (netHandle: string, options: CallOptions = {}): Promise<Delegation[]> => {
      const found = await data(raw.GET('/rest/net/{netHandle}/delegations', { params: { path: { netHandle } }, ...options }));
      return found.delegations ?? [];
    },
  };

  /** Reverse-DNS delegations, by zone name (`2.0.192.in-addr.arpa.`): nameservers and DNSSEC DS records. */
  const delegation = {
    get: (delegationName: string, options: CallOptions = {}) =>
      data(raw.GET('/rest/delegation/{delegationName}', { params: { path: { delegationName } }, ...options })),
    /** Replaces the keys and nameservers with those of `changed` (left-out ones are removed). Idempotent. */
    modify: (delegationName: string, changed: Delegation, options: CallOptions = {}) =>
      data(raw.PUT('/rest/delegation/{delegationName}', { params: { path: { delegationName } }, body: changed, ...options })),
    /**
     * Adds the nameserver, or updates it (`POST …/nameserver/{nameserver}`). Without `ttl` its TTL is reset to
     * the inherited one, also when it had its own.
     */
    addNameserver: (delegationName: string, nameserver: string, options: CallOptions & { ttl?: number } = {}) => {
      const { ttl, ...rest } = options;
      return data(raw.POST('/rest/delegation/{delegationName}/nameserver/{nameserver}', {
        params: { path: { delegationName, nameserver }, ...(ttl === undefined ? {} : { query: { ttl } }) },
        ...rest,
      }));
    },
    /** Removes one nameserver; the keys and the other nameservers stay. */
    deleteNameserver: (delegationName: string, nameserver: string, options: CallOptions = {}) =>
      data(raw.DELETE('/rest/delegation/{delegationName}/nameserver/{nameserver}', { params: { path: { delegationName, nameserver } }, ...options })),
    /** Removes every nameserver; the keys stay. */
    deleteNameservers: (delegationName: string, options: CallOptions = {}) =>
      data(raw.DELETE('/rest/delegation/{delegationName}/nameservers', { params: { path: { delegationName } }, ...options })),
  };

  /** Splits a ticket filter into its matrix values; at least one must be present. */
  function ticketFilter(filter: TicketFilter, method: string): { ticketType?: TicketType; ticketStatus?: TicketStatus } {
    const { type: ticketType, status: ticketStatus } = filter as { type?: TicketType; status?: TicketStatus };
    if (!present(ticketType) && !present(ticketStatus)) throw new RegRwsArgumentError(`${method} needs a ticket type, a ticket status, or both`);
    return { ...(present(ticketType) ? { ticketType } : {}), ...(present(ticketStatus) ? { ticketStatus } : {}) };
  }

  const ticket = {
    /** `msgRefs: true` returns message references instead of full messages (and their attachments). */
    get: (ticketNo: string, options: CallOptions & { msgRefs?: boolean } = {}) => {
      const { msgRefs, ...rest } = options;
      return data(raw.GET('/rest/ticket/{ticketNo}', { params: { path: { ticketNo }, ...(msgRefs === undefined ? {} : { query: { msgRefs } }) }, ...rest }));
    },
    /** Only `webTicketStatus` may change, and only from RESOLVED to CLOSED. */
    modify: (ticketNo: string, changed: Ticket, options: CallOptions = {}) =>
      data(raw.PUT('/rest/ticket/{ticketNo}', { params: { path: { ticketNo } }, body: changed, ...options })),
    /** Closes a RESOLVED ticket. */
    close: (ticketNo: string, options: CallOptions = {}) =>
      data(raw.PUT('/rest/ticket/{ticketNo}', { params: { path: { ticketNo } }, body: { ticketNo, webTicketStatus: 'CLOSED' }, ...options })),
    /** Never retried automatically: a replay would post the message twice. */
    addMessage: (ticketNo: string, message: Message, options: CallOptions = {}) =>
      data(raw.PUT('/rest/ticket/{ticketNo}/message', { params: { path: { ticketNo } }, body: message, ...options })),
    /** Tickets by type and/or status (summaries, without messages). */
    list: async (filter: TicketFilter, options: CallOptions = {}): Promise<Ticket[]> => {
      const { ticketType, ticketStatus } = ticketFilter(filter, 'ticket.list');
      let found: Collection;
      if (ticketType !== undefined && ticketStatus !== undefined) {
        found = await data(raw.GET('/rest/ticket;ticketType={ticketType};ticketStatus={ticketStatus}', { params: { path: { ticketType, ticketStatus } }, ...options }));
      } else if (ticketType !== undefined) {
        found = await data(raw.GET('/rest/ticket;ticketType={ticketType}', { params: { path: { ticketType } }, ...options }));
      } else {
        found = await data(raw.GET('/rest/ticket;ticketStatus={ticketStatus}', { params: { path: { ticketStatus: ticketStatus! } }, ...options }));
      }
      return found.tickets ?? [];
    },
    /** The ticket without messages (`/rest/ticket/{ticketNo}/summary`): cheap to poll, never 413. */
    getSummary: (ticketNo: string, options: CallOptions = {}) =>
      data(raw.GET('/rest/ticket/{ticketNo}/summary', { params: { path: { ticketNo } }, ...options })),
    /** Ticket summaries by type and/or status, through `/rest/ticket/summary;…`. */
    listSummaries: async (filter: TicketFilter, options: CallOptions = {}): Promise<Ticket[]> => {
      const { ticketType, ticketStatus } = ticketFilter(filter, 'ticket.listSummaries');
      let found: Collection;
      if (ticketType !== undefined && ticketStatus !== undefined) {
        found = await data(raw.GET('/rest/ticket/summary;ticketType={ticketType};ticketStatus={ticketStatus}', { params: { path: { ticketType, ticketStatus } }, ...options }));
      } else if (ticketType !== undefined) {
        found = await data(raw.GET('/rest/ticket/summary;ticketType={ticketType}', { params: { path: { ticketType } }, ...options }));
      } else {
        found = await data(raw.GET('/rest/ticket/summary;ticketStatus={ticketStatus}', { params: { path: { ticketStatus: ticketStatus! } }, ...options }));
      }
      return found.tickets ?? [];
    },
    /**
     * Sets the status without a body (`PUT /rest/ticket/{ticketNo}/ticketStatus/{ticketStatus}`). Only `CLOSED`
     * is accepted, and only for a RESOLVED ticket (Reg-RWS answers 400 otherwise).
     */
    setStatus: (ticketNo: string, ticketStatus: SettableTicketStatus, options: CallOptions = {}) =>
      data(raw.PUT('/rest/ticket/{ticketNo}/ticketStatus/{ticketStatus}', { params: { path: { ticketNo, ticketStatus } }, ...options })),
    /** One message, with `attachmentReferences` instead of inline attachments. */
    getMessage: (ticketNo: string, messageId: number, options: CallOptions = {}) =>
      data(raw.GET('/rest/ticket/{ticketNo}/message/{messageId}', { params: { path: { ticketNo, messageId } }, ...options })),
  };

  /**
   * Polls the ticket (with `msgRefs=true`, so attachments are not downloaded each time) until it is
   * RESOLVED or CLOSED, and returns it. Throws `RegRwsTicketWaitTimeoutError` at the deadline and
   * `RegRwsAbortError` when the signal aborts. The deadline covers the poll in flight too: a poll (with
   * its retries) that is still running at the deadline is stopped.
   */
  async function waitForTicket(ticketNo: string, options: WaitForTicketOptions = {}): Promise<Ticket> {
    const { interval = 30_000, timeout = 600_000, signal } = options;
    if (!(interval > 0) || !(timeout >= 0)) throw new RegRwsArgumentError('waitForTicket needs interval > 0 and timeout >= 0');
    const deadline = timing.now() + timeout;
    let lastStatus: string | undefined;
    for (;;) {
      const current = await poll(ticketNo, deadline - timing.now(), signal, () => new RegRwsTicketWaitTimeoutError({ ticketNo, timeoutMs: timeout, lastStatus }));
      lastStatus = current.webTicketStatus;
      if (current.webTicketStatus !== undefined && FINAL_STATUSES.has(current.webTicketStatus)) return current;
      const left = deadline - timing.now();
      if (left <= 0) throw new RegRwsTicketWaitTimeoutError({ ticketNo, timeoutMs: timeout, lastStatus });
      const waitSignal = anySignal([timing.signal, signal]);
      try {
        await sleepOrAbort(timing, Math.min(interval, left), waitSignal.signal, ticketNo);
      } finally {
        waitSignal.dispose();
      }
    }
  }

  /**
   * One poll, stopped when `ms` (the time left until the deadline) has passed, or when the caller's or the
   * client's signal aborts, even if the fetch in use ignores its signal. Its timer and listeners are
   * removed when it settles.
   */
  async function poll(ticketNo: string, ms: number, signal: AbortSignal | undefined, expired: () => Error): Promise<Ticket> {
    const deadline = new AbortController();
    const timer = deadlineTimer(ms, () => deadline.abort(new Error('waitForTicket deadline')));
    const combined = anySignal([timing.signal, signal, deadline.signal]);
    const stop = combined.signal!;
    let unlisten = () => {};
    try {
      const stopped = new Promise<never>((_resolve, reject) => {
        const onAbort = () => reject(new RegRwsAbortError(`waitForTicket(${ticketNo}) was aborted`));
        if (stop.aborted) return onAbort();
        stop.addEventListener('abort', onAbort, { once: true });
        unlisten = () => stop.removeEventListener('abort', onAbort);
      });
      const call = ticket.get(ticketNo, { msgRefs: true, signal: stop });
      call.catch(() => {}); // when the deadline wins the race, the poll's own failure is not needed
      return await Promise.race([call, stopped]);
    } catch (error) {
      if (deadline.signal.aborted && !signal?.aborted && !timing.signal?.aborted) throw expired();
      throw error;
    } finally {
      timer.clear();
      unlisten();
      combined.dispose();
    }
  }

  return { poc, org, customer, net, delegation, ticket, waitForTicket };
}

/** setTimeout's longest delay (about 24.8 days); longer ones fire at once, so they are chained. */
const MAX_TIMER_DELAY = 2_147_483_647;

/**
 * Calls `fire` once `ms` have passed (on a later turn even when `ms <= 0`, so that a poll that starts at the
 * deadline is still sent). Longer delays than setTimeout allows are chained.
 */
function deadlineTimer(ms: number, fire: () => void): { clear: () => void } {
  let remaining = Math.max(0, ms);
  let handle: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    const step = Math.min(remaining, MAX_TIMER_DELAY);
    remaining -= step;
    handle = setTimeout(() => (remaining > 0 ? arm() : fire()), step);
  };
  arm();
  return { clear: () => clearTimeout(handle) };
}

async function sleepOrAbort(timing: Timing, ms: number, signal: AbortSignal | undefined, ticketNo: string): Promise<void> {
  try {
    await timing.sleep(ms, signal);
  } catch (error) {
    if (signal?.aborted) throw new RegRwsAbortError(`waitForTicket(${ticketNo}) was aborted`);
    throw error;
  }
}

export type RegRwsFacade = ReturnType<typeof createFacade>;
