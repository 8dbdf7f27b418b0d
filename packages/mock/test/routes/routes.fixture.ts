/**
 * URLs whose templates share a prefix or a segment count with another operation's, and the operation (and
 * decoded parameters) each must reach: the ticket-summary lists next to `/rest/ticket/{ticketNo}`, the
 * per-ticket sub-resources, the NET range look-ups next to `/rest/net/{netHandle}/…`, and the delegation
 * URLs (zone names with dots, `nameserver/{nameserver}` next to `nameservers`).
 */
export interface RouteCase {
  method: string;
  path: string;
  operationId: string;
  params: Record<string, string>;
}

const T = '20240502-X17';
const Z = '2.0.192.in-addr.arpa.';
const Z6 = '8.b.d.0.1.0.0.2.ip6.arpa.';

export const routeCases: RouteCase[] = [
  { method: 'GET', path: '/rest/ticket;ticketStatus=ANY_OPEN', operationId: 'listTicketsByStatus', params: { ticketStatus: 'ANY_OPEN' } },
  { method: 'GET', path: '/rest/ticket/summary;ticketStatus=ANY_OPEN', operationId: 'listTicketSummariesByStatus', params: { ticketStatus: 'ANY_OPEN' } },
  { method: 'GET', path: '/rest/ticket/summary;ticketType=QUESTION', operationId: 'listTicketSummariesByType', params: { ticketType: 'QUESTION' } },
  {
    method: 'GET',
    path: '/rest/ticket/summary;ticketType=QUESTION;ticketStatus=ANY',
    operationId: 'listTicketSummariesByTypeAndStatus',
    params: { ticketType: 'QUESTION', ticketStatus: 'ANY' },
  },
  {
    method: 'GET',
    path: '/rest/ticket/summary;ticketStatus=ANY;ticketType=QUESTION',
    operationId: 'listTicketSummariesByTypeAndStatus',
    params: { ticketType: 'QUESTION', ticketStatus: 'ANY' },
  },
  { method: 'GET', path: `/rest/ticket/${T}`, operationId: 'getTicket', params: { ticketNo: T } },
  { method: 'PUT', path: `/rest/ticket/${T}`, operationId: 'modifyTicket', params: { ticketNo: T } },
  { method: 'GET', path: `/rest/ticket/${T}/summary`, operationId: 'getTicketSummary', params: { ticketNo: T } },
  { method: 'PUT', path: `/rest/ticket/${T}/ticketStatus/CLOSED`, operationId: 'setTicketStatus', params: { ticketNo: T, ticketStatus: 'CLOSED' } },
  { method: 'PUT', path: `/rest/ticket/${T}/message`, operationId: 'addTicketMessage', params: { ticketNo: T } },
  { method: 'GET', path: `/rest/ticket/${T}/message/2`, operationId: 'getTicketMessage', params: { ticketNo: T, messageId: '2' } },
  { method: 'GET', path: '/rest/net/NET-192-0-2-64-1', operationId: 'getNet', params: { netHandle: 'NET-192-0-2-64-1' } },
  { method: 'PUT', path: '/rest/net/NET-192-0-2-64-1/remove', operationId: 'removeNet', params: { netHandle: 'NET-192-0-2-64-1' } },
  { method: 'PUT', path: '/rest/net/NET-192-0-2-0-1/reassign', operationId: 'reassignNet', params: { parentNetHandle: 'NET-192-0-2-0-1' } },
  {
    method: 'GET',
    path: '/rest/net/parentNet/192.0.2.64/192.0.2.95',
    operationId: 'getParentNet',
    params: { startAddress: '192.0.2.64', endAddress: '192.0.2.95' },
  },
  {
    method: 'GET',
    path: '/rest/net/mostSpecificNet/2001%3Adb8%3A%3A/2001%3Adb8%3A%3Affff',
    operationId: 'getMostSpecificNet',
    params: { startAddress: '2001:db8::', endAddress: '2001:db8::ffff' },
  },
  {
    method: 'GET',
    path: '/rest/net/netsByIpRange/2001:db8::/2001:db8:0:ffff:ffff:ffff:ffff:ffff',
    operationId: 'listNetsByIpRange',
    params: { startAddress: '2001:db8::', endAddress: '2001:db8:0:ffff:ffff:ffff:ffff:ffff' },
  },
  // Reverse-DNS delegations: /rest/net/{netHandle}/delegations next to the other NET sub-resources, and zone
  // names (dots, a trailing dot) under /rest/delegation, whose nameserver/nameservers sub-resources differ by one letter.
  { method: 'GET', path: '/rest/net/NET-192-0-2-0-1/delegations', operationId: 'getNetDelegations', params: { netHandle: 'NET-192-0-2-0-1' } },
  { method: 'GET', path: `/rest/delegation/${Z}`, operationId: 'getDelegation', params: { delegationName: Z } },
  { method: 'PUT', path: `/rest/delegation/${Z}`, operationId: 'modifyDelegation', params: { delegationName: Z } },
  { method: 'GET', path: `/rest/delegation/${Z6}`, operationId: 'getDelegation', params: { delegationName: Z6 } },
  {
    method: 'POST',
    path: `/rest/delegation/${Z}/nameserver/ns3.example.net`,
    operationId: 'addDelegationNameserver',
    params: { delegationName: Z, nameserver: 'ns3.example.net' },
  },
  {
    method: 'DELETE',
    path: `/rest/delegation/${Z}/nameserver/ns3.example.net`,
    operationId: 'deleteDelegationNameserver',
    params: { delegationName: Z, nameserver: 'ns3.example.net' },
  },
  { method: 'DELETE', path: `/rest/delegation/${Z6}/nameservers`, operationId: 'deleteDelegationNameservers', params: { delegationName: Z6 } },
];

/** The right URL with the wrong method: 405 with the methods the URL does take. */
export const wrongMethodCases: { method: string; path: string; allowed: string[] }[] = [
  { method: 'GET', path: '/rest/net/NET-192-0-2-64-1/remove', allowed: ['PUT'] },
  { method: 'GET', path: `/rest/ticket/${T}/ticketStatus/CLOSED`, allowed: ['PUT'] },
  { method: 'DELETE', path: '/rest/net/parentNet/192.0.2.64/192.0.2.95', allowed: ['GET'] },
  { method: 'PUT', path: '/rest/ticket/summary;ticketType=QUESTION', allowed: ['GET'] },
  { method: 'PUT', path: '/rest/net/NET-192-0-2-0-1/delegations', allowed: ['GET'] },
  { method: 'GET', path: `/rest/delegation/${Z}/nameservers`, allowed: ['DELETE'] },
];

/** Answers of the running mock: each URL reaches its operation, never a neighbour with another payload. */
export const wireCases: { why: string; method: string; path: string; status: number; root?: string }[] = [
  { why: 'a ticket-summary list is a collection, not a ticket', method: 'GET', path: '/rest/ticket/summary;ticketType=QUESTION;ticketStatus=ANY', status: 200, root: 'collection' },
  { why: 'a ticket summary is a ticket', method: 'GET', path: `/rest/ticket/${T}/summary`, status: 200, root: 'ticket' },
  { why: 'a message of a ticket is a message', method: 'GET', path: `/rest/ticket/${T}/message/2`, status: 200, root: 'message' },
  { why: 'closing by URL is a ticket', method: 'PUT', path: `/rest/ticket/${T}/ticketStatus/CLOSED`, status: 200, root: 'ticket' },
  { why: 'an IPv6 range (percent-encoded colons) reaches mostSpecificNet', method: 'GET', path: '/rest/net/mostSpecificNet/2001%3Adb8%3A%3A/2001%3Adb8%3A%3Affff', status: 200, root: 'net' },
  { why: 'an IPv6 range (raw colons) reaches netsByIpRange', method: 'GET', path: '/rest/net/netsByIpRange/2001:db8::/2001:db8::ffff', status: 200, root: 'collection' },
  { why: 'an IPv4 range reaches parentNet', method: 'GET', path: '/rest/net/parentNet/192.0.2.64/192.0.2.95', status: 200, root: 'net' },
  { why: '`summary` without a matrix parameter is not a ticket number', method: 'GET', path: '/rest/ticket/summary', status: 400 },
  { why: 'a zero-padded address in the URL is refused', method: 'GET', path: '/rest/net/parentNet/192.000.002.064/192.000.002.095', status: 400 },
  { why: 'a range with one end missing is no URL of Reg-RWS', method: 'GET', path: '/rest/net/parentNet/192.0.2.64', status: 404 },
  { why: 'the delegations of a NET are a collection, not a NET', method: 'GET', path: '/rest/net/NET-192-0-2-0-1/delegations', status: 200, root: 'collection' },
  { why: 'a zone name with its trailing dot reaches getDelegation', method: 'GET', path: `/rest/delegation/${Z}`, status: 200, root: 'delegation' },
  { why: 'adding a nameserver with a ttl is a delegation', method: 'POST', path: `/rest/delegation/${Z}/nameserver/ns3.example.net?ttl=86400`, status: 200, root: 'delegation' },
  { why: 'deleting all nameservers (IPv6 zone) is a delegation', method: 'DELETE', path: `/rest/delegation/${Z6}/nameservers`, status: 200, root: 'delegation' },
  { why: 'a nameserver URL without the host is no URL of Reg-RWS', method: 'DELETE', path: `/rest/delegation/${Z}/nameserver`, status: 404 },
];
