import { CORE_NS } from '../support/fake-fetch.js';

export const TICKET_NO = '20240502-X17';

export const ticketXml = (status: string) =>
  `<ticket xmlns="${CORE_NS}"><createdDate>2024-05-02T13:04:11.512-04:00</createdDate><ticketNo>${TICKET_NO}</ticketNo>` +
  `<updatedDate>2024-05-02T13:04:11.512-04:00</updatedDate><webTicketStatus>${status}</webTicketStatus><webTicketType>IPV4_SIMPLE_REASSIGN</webTicketType></ticket>`;

export const pendingReassign = `<ticketedRequest xmlns="${CORE_NS}">${ticketXml('PENDING_REVIEW').replace(` xmlns="${CORE_NS}"`, '')}</ticketedRequest>`;

export const doneReassign =
  `<ticketedRequest xmlns="${CORE_NS}"><net><customerHandle>C09876543</customerHandle><handle>NET-192-0-2-64-1</handle>` +
  `<netBlocks><netBlock><cidrLength>27</cidrLength><endAddress>192.000.002.095</endAddress><startAddress>192.000.002.064</startAddress><type>S</type></netBlock></netBlocks>` +
  `<netName>EXAMPLE-CUST-1</netName><parentNetHandle>NET-192-0-2-0-1</parentNetHandle><version>4</version></net></ticketedRequest>`;

/** The simple-reassignment NET a caller sends (customer, block, name; no POCs). */
export const reassignment = {
  customerHandle: 'C09876543',
  netBlocks: [{ startAddress: '192.0.2.64', endAddress: '192.0.2.95', type: 'S' as const }],
  netName: 'EXAMPLE-CUST-1',
  parentNetHandle: 'NET-192-0-2-0-1',
  version: 4 as const,
};

/** A clock that only moves when the client sleeps. */
export function fakeClock(start = 1_000_000) {
  let now = start;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      waits.push(ms);
      now += ms;
    },
    waits,
  };
}

/** A fetch that never answers and ignores its signal. */
export const deafFetch = () => new Promise<Response>(() => {});

/** A fetch that never answers but, like the real one, rejects with the signal's reason when it aborts. */
export const hangingFetch = (request: { signal: AbortSignal }) =>
  new Promise<Response>((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true }));

/** Counts the abort listeners added to a signal and not removed yet. */
export function countListeners(signal: AbortSignal): { live: () => number } {
  let live = 0;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: AddEventListenerOptions | boolean) => {
    live++;
    add(type, listener, options);
  }) as AbortSignal['addEventListener'];
  signal.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: EventListenerOptions | boolean) => {
    live--;
    remove(type, listener, options);
  }) as AbortSignal['removeEventListener'];
  return { live: () => live };
}
