// One entry per operation of the spec: the valid request sent to the mock (the spec's sample parameters
// and the named request example), and invalid requests particular to the operation. Invalid requests
// every operation shares (no key, wrong key, wrong media type, malformed XML, a bad enum in a matrix
// parameter, a handle that breaks its pattern) are generated in mock.contract.test.ts.
// The coverage test fails when an operation of the spec has no entry here.
import { API_KEY } from '../support/spec.js';

export interface InvalidRequest {
  why: string;
  method: string;
  /** Raw path and query (the key is added unless `noKey`). */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The documented status the mock must answer. */
  status: number;
}

export interface MockCase {
  /** Names of the request examples to send (default: every example of the request body). */
  bodies?: string[];
  invalid?: InvalidRequest[];
}

const K = `apikey=${API_KEY}`;
const xml = { 'Content-Type': 'application/xml' };

export const mockCases: Record<string, MockCase> = {
  createPoc: { invalid: [{ why: 'a handle in the URL of a create', method: 'POST', path: `/rest/poc/DOEJA5-ARIN?${K}`, headers: xml, body: '<poc xmlns="http://www.arin.net/regrws/core/v1"/>', status: 405 }] },
  createPocWithMakeLink: { invalid: [{ why: 'makeLink that is not a boolean', method: 'POST', path: `/rest/poc;makeLink=yes?${K}`, headers: xml, status: 400 }] },
  getPoc: {},
  modifyPoc: {},
  deletePoc: {},
  addPocPhone: {},
  deletePocPhoneByNumber: {},
  deletePocPhoneByType: { invalid: [{ why: 'a lowercase phone type', method: 'DELETE', path: `/rest/poc/DOEJA5-ARIN/phone/;type=f?${K}`, status: 400 }] },
  deletePocPhoneByNumberAndType: { invalid: [{ why: 'an empty phone type', method: 'DELETE', path: `/rest/poc/DOEJA5-ARIN/phone/5550100;type=?${K}`, status: 400 }] },
  addPocEmail: {},
  deletePocEmail: {},
  createOrg: { invalid: [{ why: 'a handle in the URL of a create', method: 'POST', path: `/rest/org/EN-42?${K}`, headers: xml, body: '<org xmlns="http://www.arin.net/regrws/core/v1"/>', status: 405 }] },
  getOrg: {},
  modifyOrg: {},
  deleteOrg: {},
  addOrgPoc: { invalid: [{ why: 'a POC function that does not exist', method: 'PUT', path: `/rest/org/EN-42/poc/DOEJA5-ARIN;pocFunction=ZZ?${K}`, status: 400 }] },
  removeOrgPoc: {},
  getCustomer: { invalid: [{ why: 'a customer handle without its C prefix', method: 'GET', path: `/rest/customer/07361391?${K}`, status: 400 }] },
  modifyCustomer: {},
  deleteCustomer: {},
  getNet: { invalid: [{ why: 'a NET handle of another registry form', method: 'GET', path: `/rest/net/NETX-1?${K}`, status: 400 }] },
  modifyNet: {},
  deleteNet: {},
  createRecipientOrg: {},
  createRecipientCustomer: {},
  reassignNet: { bodies: ['simple', 'detailed'] },
  reallocateNet: {},
  listTicketsByStatus: { invalid: [{ why: 'a ticket status that does not exist', method: 'GET', path: `/rest/ticket;ticketStatus=OPENISH?${K}`, status: 400 }] },
  listTicketsByType: {},
  listTicketsByTypeAndStatus: { invalid: [{ why: 'a lowercase ticket status', method: 'GET', path: `/rest/ticket;ticketType=IPV4_SIMPLE_REASSIGN;ticketStatus=any_open?${K}`, status: 400 }] },
  getTicket: { invalid: [{ why: 'msgRefs that is not a boolean', method: 'GET', path: `/rest/ticket/20240502-X17?msgRefs=maybe&${K}`, status: 400 }] },
  modifyTicket: { invalid: [{ why: 'a ticket number without its X', method: 'PUT', path: `/rest/ticket/20240502-17?${K}`, headers: xml, body: '<ticket xmlns="http://www.arin.net/regrws/core/v1"><ticketNo>20240502-X17</ticketNo><webTicketStatus>CLOSED</webTicketStatus></ticket>', status: 400 }] },
  addTicketMessage: {},
  getTicketSummary: { invalid: [{ why: 'a ticket number without its X', method: 'GET', path: `/rest/ticket/20240502-17/summary?${K}`, status: 400 }] },
  listTicketSummariesByStatus: {
    invalid: [
      { why: 'a resolution given as a status (ARIN\'s methods page shows ACCEPTED)', method: 'GET', path: `/rest/ticket/summary;ticketStatus=ACCEPTED?${K}`, status: 400 },
      { why: 'an empty ticket status', method: 'GET', path: `/rest/ticket/summary;ticketStatus=?${K}`, status: 400 },
    ],
  },
  listTicketSummariesByType: { invalid: [{ why: 'an empty ticket type', method: 'GET', path: `/rest/ticket/summary;ticketType=?${K}`, status: 400 }] },
  listTicketSummariesByTypeAndStatus: {
    invalid: [{ why: 'an unknown matrix parameter next to the known ones', method: 'GET', path: `/rest/ticket/summary;ticketType=QUESTION;ticketStatus=ANY;flagged=true?${K}`, status: 400 }],
  },
  setTicketStatus: {
    invalid: [
      { why: 'a status other than CLOSED', method: 'PUT', path: `/rest/ticket/20240502-X17/ticketStatus/RESOLVED?${K}`, status: 400 },
      { why: 'a search-only status', method: 'PUT', path: `/rest/ticket/20240502-X17/ticketStatus/ANY?${K}`, status: 400 },
    ],
  },
  getTicketMessage: {
    invalid: [
      { why: 'a message id that is not a number', method: 'GET', path: `/rest/ticket/20240502-X17/message/first?${K}`, status: 400 },
      { why: 'a negative message id', method: 'GET', path: `/rest/ticket/20240502-X17/message/-1?${K}`, status: 400 },
    ],
  },
  removeNet: {
    bodies: ['withMessage'],
    invalid: [{ why: 'a ticket in place of the NET', method: 'PUT', path: `/rest/net/NET-192-0-2-64-1/remove?${K}`, headers: xml, body: '<ticket xmlns="http://www.arin.net/regrws/core/v1"><ticketNo>20240502-X17</ticketNo></ticket>', status: 400 }],
  },
  getParentNet: {
    invalid: [
      { why: 'a zero-padded address (the URL takes plain ones)', method: 'GET', path: `/rest/net/parentNet/192.000.002.064/192.000.002.095?${K}`, status: 400 },
      { why: 'a CIDR prefix instead of an address', method: 'GET', path: `/rest/net/parentNet/192.0.2.64%2F27/192.0.2.95?${K}`, status: 400 },
    ],
  },
  getMostSpecificNet: {
    invalid: [{ why: 'a NET handle instead of an address', method: 'GET', path: `/rest/net/mostSpecificNet/NET-192-0-2-64-1/192.0.2.95?${K}`, status: 400 }],
  },
  listNetsByIpRange: {
    invalid: [{ why: 'an IPv4 octet over 255', method: 'GET', path: `/rest/net/netsByIpRange/192.0.2.64/192.0.2.256?${K}`, status: 400 }],
  },
  getNetDelegations: {
    invalid: [{ why: 'a zone name in place of the NET handle', method: 'GET', path: `/rest/net/2.0.192.in-addr.arpa./delegations?${K}`, status: 400 }],
  },
  getDelegation: {
    invalid: [
      { why: 'a forward zone (not in-addr.arpa or ip6.arpa)', method: 'GET', path: `/rest/delegation/example.net.?${K}`, status: 400 },
      { why: 'a NET handle instead of a zone name', method: 'GET', path: `/rest/delegation/NET-192-0-2-0-1?${K}`, status: 400 },
    ],
  },
  modifyDelegation: {
    bodies: ['keyRollover'],
    invalid: [
      { why: 'a DNSSEC algorithm ARIN does not accept (3, DSA/SHA-1)', method: 'PUT', path: `/rest/delegation/2.0.192.in-addr.arpa.?${K}`, headers: xml, body: '<delegation xmlns="http://www.arin.net/regrws/core/v1"><delegationKeys><delegationKey><algorithm>3</algorithm><digest>63C70072DD99EB5497C7D7F3F810234CF24245F09F93DFCC71FD5730450A37A3</digest><digestType>2</digestType><keyTag>12345</keyTag></delegationKey></delegationKeys><nameservers><nameserver>NS1.EXAMPLE.NET</nameserver></nameservers></delegation>', status: 400 },
      { why: 'a DS record without its digest', method: 'PUT', path: `/rest/delegation/2.0.192.in-addr.arpa.?${K}`, headers: xml, body: '<delegation xmlns="http://www.arin.net/regrws/core/v1"><delegationKeys><delegationKey><algorithm>13</algorithm><digestType>2</digestType><keyTag>12345</keyTag></delegationKey></delegationKeys><nameservers><nameserver>NS1.EXAMPLE.NET</nameserver></nameservers></delegation>', status: 400 },
      { why: 'a ttl in the core namespace (the older shape)', method: 'PUT', path: `/rest/delegation/2.0.192.in-addr.arpa.?${K}`, headers: xml, body: '<delegation xmlns="http://www.arin.net/regrws/core/v1"><delegationKeys><delegationKey><algorithm>13</algorithm><digest>63C70072DD99EB5497C7D7F3F810234CF24245F09F93DFCC71FD5730450A37A3</digest><ttl>3600</ttl><digestType>2</digestType><keyTag>12345</keyTag></delegationKey></delegationKeys><nameservers><nameserver>NS1.EXAMPLE.NET</nameserver></nameservers></delegation>', status: 400 },
    ],
  },
  addDelegationNameserver: {
    invalid: [
      { why: 'a ttl that is not a number', method: 'POST', path: `/rest/delegation/2.0.192.in-addr.arpa./nameserver/ns3.example.net?ttl=one-day&${K}`, status: 400 },
      { why: 'a negative ttl', method: 'POST', path: `/rest/delegation/2.0.192.in-addr.arpa./nameserver/ns3.example.net?ttl=-1&${K}`, status: 400 },
    ],
  },
  deleteDelegationNameserver: {
    invalid: [{ why: 'an IP address instead of a host name', method: 'DELETE', path: `/rest/delegation/2.0.192.in-addr.arpa./nameserver/192.0.2.53?${K}`, status: 400 }],
  },
  deleteDelegationNameservers: {
    invalid: [{ why: 'a zone name without its arpa suffix', method: 'DELETE', path: `/rest/delegation/2.0.192/nameservers?${K}`, status: 400 }],
  },
};
