import type { RegRwsClient } from '../../src/index.js';

/** Parameter values chosen to need encoding where Reg-RWS values do: `+` in phone numbers, `@` in emails. */
export const POC = 'DOEJA5-ARIN';
export const ORG = 'EXAMPLE-1';
export const CUSTOMER = 'C09876543';
export const NET = 'NET-192-0-2-64-1';
export const PARENT_NET = 'NET-192-0-2-0-1';
export const PHONE = '+1-555-555-0100';
export const EMAIL = 'noc+arin@example.net';
export const TICKET = '20240502-X17';
export const START = '192.0.2.64';
export const END = '192.0.2.95';
/** IPv6 ends, plain and compressed: `:` must stay inside its segment. */
export const START6 = '2001:db8::';
export const END6 = '2001:db8:0:ffff:ffff:ffff:ffff:ffff';
/** A reverse zone with its trailing dot, and a nameserver host. */
export const ZONE = '2.0.192.in-addr.arpa.';
export const NS = 'ns3.example.net';

export interface OperationCase {
  /** Parameters as the raw client takes them; the facade call below must produce the same request. */
  params: { path?: Record<string, string | number | boolean>; query?: Record<string, string | number | boolean> };
  /** The facade method that covers the operation. `body` is a decoded request example. */
  facade: (client: RegRwsClient, body: any) => Promise<unknown>;
}

/** One facade call per operationId of the spec; the test fails for an operation missing here. */
export const operationCases: Record<string, OperationCase> = {
  createPoc: { params: {}, facade: (c, body) => c.poc.create(body) },
  createPocWithMakeLink: { params: { path: { makeLink: true } }, facade: (c, body) => c.poc.create(body, { makeLink: true }) },
  getPoc: { params: { path: { pocHandle: POC } }, facade: (c) => c.poc.get(POC) },
  modifyPoc: { params: { path: { pocHandle: POC } }, facade: (c, body) => c.poc.modify(POC, body) },
  deletePoc: { params: { path: { pocHandle: POC } }, facade: (c) => c.poc.delete(POC) },
  addPocPhone: { params: { path: { pocHandle: POC } }, facade: (c, body) => c.poc.addPhone(POC, body) },
  deletePocPhoneByNumber: { params: { path: { pocHandle: POC, number: PHONE } }, facade: (c) => c.poc.deletePhone(POC, { number: PHONE }) },
  deletePocPhoneByType: { params: { path: { pocHandle: POC, type: 'F' } }, facade: (c) => c.poc.deletePhone(POC, { type: 'F' }) },
  deletePocPhoneByNumberAndType: {
    params: { path: { pocHandle: POC, number: PHONE, type: 'M' } },
    facade: (c) => c.poc.deletePhone(POC, { number: PHONE, type: 'M' }),
  },
  addPocEmail: { params: { path: { pocHandle: POC, email: EMAIL } }, facade: (c) => c.poc.addEmail(POC, EMAIL) },
  deletePocEmail: { params: { path: { pocHandle: POC, email: EMAIL } }, facade: (c) => c.poc.deleteEmail(POC, EMAIL) },
  createOrg: { params: {}, facade: (c, body) => c.org.create(body) },
  getOrg: { params: { path: { orgHandle: ORG } }, facade: (c) => c.org.get(ORG) },
  modifyOrg: { params: { path: { orgHandle: ORG } }, facade: (c, body) => c.org.modify(ORG, body) },
  deleteOrg: { params: { path: { orgHandle: ORG } }, facade: (c) => c.org.delete(ORG) },
  addOrgPoc: { params: { path: { orgHandle: ORG, pocHandle: POC, pocFunction: 'AB' } }, facade: (c) => c.org.addPoc(ORG, POC, 'AB') },
  removeOrgPoc: { params: { path: { orgHandle: ORG, pocHandle: POC, pocFunction: 'T' } }, facade: (c) => c.org.removePoc(ORG, POC, 'T') },
  getCustomer: { params: { path: { customerHandle: CUSTOMER } }, facade: (c) => c.customer.get(CUSTOMER) },
  modifyCustomer: { params: { path: { customerHandle: CUSTOMER } }, facade: (c, body) => c.customer.modify(CUSTOMER, body) },
  deleteCustomer: { params: { path: { customerHandle: CUSTOMER } }, facade: (c) => c.customer.delete(CUSTOMER) },
  getNet: { params: { path: { netHandle: NET } }, facade: (c) => c.net.get(NET) },
  modifyNet: { params: { path: { netHandle: NET } }, facade: (c, body) => c.net.modify(NET, body) },
  deleteNet: { params: { path: { netHandle: NET } }, facade: (c) => c.net.delete(NET) },
  createRecipientOrg: { params: { path: { parentNetHandle: PARENT_NET } }, facade: (c, body) => c.org.createRecipient(PARENT_NET, body) },
  createRecipientCustomer: { params: { path: { parentNetHandle: PARENT_NET } }, facade: (c, body) => c.customer.create(PARENT_NET, body) },
  reassignNet: { params: { path: { parentNetHandle: PARENT_NET } }, facade: (c, body) => c.net.reassign(PARENT_NET, body) },
  reallocateNet: { params: { path: { parentNetHandle: PARENT_NET } }, facade: (c, body) => c.net.reallocate(PARENT_NET, body) },
  listTicketsByStatus: { params: { path: { ticketStatus: 'PENDING_REVIEW' } }, facade: (c) => c.ticket.list({ status: 'PENDING_REVIEW' }) },
  listTicketsByType: { params: { path: { ticketType: 'IPV4_SIMPLE_REASSIGN' } }, facade: (c) => c.ticket.list({ type: 'IPV4_SIMPLE_REASSIGN' }) },
  listTicketsByTypeAndStatus: {
    params: { path: { ticketType: 'ORG_CREATE', ticketStatus: 'ANY_OPEN' } },
    facade: (c) => c.ticket.list({ type: 'ORG_CREATE', status: 'ANY_OPEN' }),
  },
  getTicket: { params: { path: { ticketNo: TICKET }, query: { msgRefs: true } }, facade: (c) => c.ticket.get(TICKET, { msgRefs: true }) },
  modifyTicket: { params: { path: { ticketNo: TICKET } }, facade: (c, body) => c.ticket.modify(TICKET, body) },
  addTicketMessage: { params: { path: { ticketNo: TICKET } }, facade: (c, body) => c.ticket.addMessage(TICKET, body) },
  getTicketSummary: { params: { path: { ticketNo: TICKET } }, facade: (c) => c.ticket.getSummary(TICKET) },
  listTicketSummariesByStatus: { params: { path: { ticketStatus: 'ANY_OPEN' } }, facade: (c) => c.ticket.listSummaries({ status: 'ANY_OPEN' }) },
  listTicketSummariesByType: { params: { path: { ticketType: 'NET_DELETE_REQUEST' } }, facade: (c) => c.ticket.listSummaries({ type: 'NET_DELETE_REQUEST' }) },
  listTicketSummariesByTypeAndStatus: {
    params: { path: { ticketType: 'IPV4_REALLOCATE', ticketStatus: 'RESOLVED' } },
    facade: (c) => c.ticket.listSummaries({ type: 'IPV4_REALLOCATE', status: 'RESOLVED' }),
  },
  setTicketStatus: { params: { path: { ticketNo: TICKET, ticketStatus: 'CLOSED' } }, facade: (c) => c.ticket.setStatus(TICKET, 'CLOSED') },
  getTicketMessage: { params: { path: { ticketNo: TICKET, messageId: 2 } }, facade: (c) => c.ticket.getMessage(TICKET, 2) },
  removeNet: { params: { path: { netHandle: NET } }, facade: (c, body) => c.net.remove(NET, body) },
  getParentNet: { params: { path: { startAddress: START, endAddress: END } }, facade: (c) => c.net.getParent(START, END) },
  getMostSpecificNet: { params: { path: { startAddress: START6, endAddress: END6 } }, facade: (c) => c.net.getMostSpecific(START6, END6) },
  listNetsByIpRange: { params: { path: { startAddress: START, endAddress: END } }, facade: (c) => c.net.listByIpRange(START, END) },
  getNetDelegations: { params: { path: { netHandle: PARENT_NET } }, facade: (c) => c.net.getDelegations(PARENT_NET) },
  getDelegation: { params: { path: { delegationName: ZONE } }, facade: (c) => c.delegation.get(ZONE) },
  modifyDelegation: { params: { path: { delegationName: ZONE } }, facade: (c, body) => c.delegation.modify(ZONE, body) },
  addDelegationNameserver: {
    params: { path: { delegationName: ZONE, nameserver: NS }, query: { ttl: 86400 } },
    facade: (c) => c.delegation.addNameserver(ZONE, NS, { ttl: 86400 }),
  },
  deleteDelegationNameserver: { params: { path: { delegationName: ZONE, nameserver: NS } }, facade: (c) => c.delegation.deleteNameserver(ZONE, NS) },
  deleteDelegationNameservers: { params: { path: { delegationName: ZONE } }, facade: (c) => c.delegation.deleteNameservers(ZONE) },
};
