// One entry per operation of the spec: how a user reaches it through the client, and which typed result
// the client promises for the operation's decoded 2xx payload. The coverage test fails when an
// operation of the spec has no entry here (or an entry names an operation the spec does not have).
import type { RegRwsClient } from '@regrws/client';

export interface ClientCase {
  /** What the call looks like to a user. */
  label: string;
  /** Calls the client with the spec's sample parameters (`p`) and the decoded request example (`body`). */
  call: (client: RegRwsClient, p: Record<string, string>, body: any) => Promise<unknown>;
  /** The typed result for the decoded response payload (default: the payload itself). */
  result?: (decoded: any) => unknown;
  /** The request body is built by the client (not the request example): how it must decode. */
  builtBody?: (p: Record<string, string>) => unknown;
}

const bool = (v: string | undefined) => v === 'true';
const phones = (d: any) => d.phones ?? [];
const tickets = (d: any) => d.tickets ?? [];
const ticketed = (d: any) => (d.net ? { status: 'done', net: d.net } : { status: 'pending', ticket: d.ticket });
const nets = (d: any) => d.nets ?? [];
const delegations = (d: any) => d.delegations ?? [];

export const clientCases: Record<string, ClientCase[]> = {
  createPoc: [{ label: 'poc.create(poc)', call: (c, _p, b) => c.poc.create(b) }],
  createPocWithMakeLink: [{ label: 'poc.create(poc, { makeLink })', call: (c, p, b) => c.poc.create(b, { makeLink: bool(p.makeLink) }) }],
  getPoc: [{ label: 'poc.get(handle)', call: (c, p) => c.poc.get(p.pocHandle!) }],
  modifyPoc: [{ label: 'poc.modify(handle, poc)', call: (c, p, b) => c.poc.modify(p.pocHandle!, b) }],
  deletePoc: [{ label: 'poc.delete(handle)', call: (c, p) => c.poc.delete(p.pocHandle!) }],
  addPocPhone: [{ label: 'poc.addPhone(handle, phone)', call: (c, p, b) => c.poc.addPhone(p.pocHandle!, b) }],
  deletePocPhoneByNumber: [{ label: 'poc.deletePhone(handle, { number })', call: (c, p) => c.poc.deletePhone(p.pocHandle!, { number: p.number! }), result: phones }],
  deletePocPhoneByType: [{ label: 'poc.deletePhone(handle, { type })', call: (c, p) => c.poc.deletePhone(p.pocHandle!, { type: p.type as any }), result: phones }],
  deletePocPhoneByNumberAndType: [
    { label: 'poc.deletePhone(handle, { number, type })', call: (c, p) => c.poc.deletePhone(p.pocHandle!, { number: p.number!, type: p.type as any }), result: phones },
  ],
  addPocEmail: [{ label: 'poc.addEmail(handle, email)', call: (c, p) => c.poc.addEmail(p.pocHandle!, p.email!) }],
  deletePocEmail: [{ label: 'poc.deleteEmail(handle, email)', call: (c, p) => c.poc.deleteEmail(p.pocHandle!, p.email!) }],
  createOrg: [{ label: 'org.create(org)', call: (c, _p, b) => c.org.create(b) }],
  getOrg: [{ label: 'org.get(handle)', call: (c, p) => c.org.get(p.orgHandle!) }],
  modifyOrg: [{ label: 'org.modify(handle, org)', call: (c, p, b) => c.org.modify(p.orgHandle!, b) }],
  deleteOrg: [{ label: 'org.delete(handle)', call: (c, p) => c.org.delete(p.orgHandle!) }],
  addOrgPoc: [{ label: 'org.addPoc(org, poc, function)', call: (c, p) => c.org.addPoc(p.orgHandle!, p.pocHandle!, p.pocFunction as any) }],
  removeOrgPoc: [{ label: 'org.removePoc(org, poc, function)', call: (c, p) => c.org.removePoc(p.orgHandle!, p.pocHandle!, p.pocFunction as any) }],
  getCustomer: [{ label: 'customer.get(handle)', call: (c, p) => c.customer.get(p.customerHandle!) }],
  modifyCustomer: [{ label: 'customer.modify(handle, customer)', call: (c, p, b) => c.customer.modify(p.customerHandle!, b) }],
  deleteCustomer: [{ label: 'customer.delete(handle)', call: (c, p) => c.customer.delete(p.customerHandle!) }],
  getNet: [{ label: 'net.get(handle)', call: (c, p) => c.net.get(p.netHandle!) }],
  modifyNet: [{ label: 'net.modify(handle, net)', call: (c, p, b) => c.net.modify(p.netHandle!, b) }],
  deleteNet: [{ label: 'net.delete(handle)', call: (c, p) => c.net.delete(p.netHandle!), result: ticketed }],
  createRecipientOrg: [{ label: 'org.createRecipient(parent, org)', call: (c, p, b) => c.org.createRecipient(p.parentNetHandle!, b) }],
  createRecipientCustomer: [{ label: 'customer.create(parent, customer)', call: (c, p, b) => c.customer.create(p.parentNetHandle!, b) }],
  reassignNet: [{ label: 'net.reassign(parent, net)', call: (c, p, b) => c.net.reassign(p.parentNetHandle!, b), result: ticketed }],
  reallocateNet: [{ label: 'net.reallocate(parent, net)', call: (c, p, b) => c.net.reallocate(p.parentNetHandle!, b), result: ticketed }],
  listTicketsByStatus: [{ label: 'ticket.list({ status })', call: (c, p) => c.ticket.list({ status: p.ticketStatus as any }), result: tickets }],
  listTicketsByType: [{ label: 'ticket.list({ type })', call: (c, p) => c.ticket.list({ type: p.ticketType as any }), result: tickets }],
  listTicketsByTypeAndStatus: [
    { label: 'ticket.list({ type, status })', call: (c, p) => c.ticket.list({ type: p.ticketType as any, status: p.ticketStatus as any }), result: tickets },
  ],
  getTicket: [{ label: 'ticket.get(no, { msgRefs })', call: (c, p) => c.ticket.get(p.ticketNo!, { msgRefs: bool(p.msgRefs) }) }],
  modifyTicket: [
    { label: 'ticket.modify(no, ticket)', call: (c, p, b) => c.ticket.modify(p.ticketNo!, b) },
    { label: 'ticket.close(no)', call: (c, p) => c.ticket.close(p.ticketNo!), builtBody: (p) => ({ ticketNo: p.ticketNo, webTicketStatus: 'CLOSED' }) },
  ],
  addTicketMessage: [{ label: 'ticket.addMessage(no, message)', call: (c, p, b) => c.ticket.addMessage(p.ticketNo!, b) }],
  getTicketSummary: [{ label: 'ticket.getSummary(no)', call: (c, p) => c.ticket.getSummary(p.ticketNo!) }],
  listTicketSummariesByStatus: [{ label: 'ticket.listSummaries({ status })', call: (c, p) => c.ticket.listSummaries({ status: p.ticketStatus as any }), result: tickets }],
  listTicketSummariesByType: [{ label: 'ticket.listSummaries({ type })', call: (c, p) => c.ticket.listSummaries({ type: p.ticketType as any }), result: tickets }],
  listTicketSummariesByTypeAndStatus: [
    { label: 'ticket.listSummaries({ type, status })', call: (c, p) => c.ticket.listSummaries({ type: p.ticketType as any, status: p.ticketStatus as any }), result: tickets },
  ],
  setTicketStatus: [{ label: 'ticket.setStatus(no, status)', call: (c, p) => c.ticket.setStatus(p.ticketNo!, p.ticketStatus as any) }],
  getTicketMessage: [{ label: 'ticket.getMessage(no, messageId)', call: (c, p) => c.ticket.getMessage(p.ticketNo!, Number(p.messageId)) }],
  removeNet: [{ label: 'net.remove(handle, net)', call: (c, p, b) => c.net.remove(p.netHandle!, b), result: ticketed }],
  getParentNet: [{ label: 'net.getParent(start, end)', call: (c, p) => c.net.getParent(p.startAddress!, p.endAddress!) }],
  getMostSpecificNet: [{ label: 'net.getMostSpecific(start, end)', call: (c, p) => c.net.getMostSpecific(p.startAddress!, p.endAddress!) }],
  listNetsByIpRange: [{ label: 'net.listByIpRange(start, end)', call: (c, p) => c.net.listByIpRange(p.startAddress!, p.endAddress!), result: nets }],
  getNetDelegations: [{ label: 'net.getDelegations(handle)', call: (c, p) => c.net.getDelegations(p.netHandle!), result: delegations }],
  getDelegation: [{ label: 'delegation.get(name)', call: (c, p) => c.delegation.get(p.delegationName!) }],
  modifyDelegation: [{ label: 'delegation.modify(name, delegation)', call: (c, p, b) => c.delegation.modify(p.delegationName!, b) }],
  addDelegationNameserver: [
    { label: 'delegation.addNameserver(name, host, { ttl })', call: (c, p) => c.delegation.addNameserver(p.delegationName!, p.nameserver!, { ttl: Number(p.ttl) }) },
  ],
  deleteDelegationNameserver: [{ label: 'delegation.deleteNameserver(name, host)', call: (c, p) => c.delegation.deleteNameserver(p.delegationName!, p.nameserver!) }],
  deleteDelegationNameservers: [{ label: 'delegation.deleteNameservers(name)', call: (c, p) => c.delegation.deleteNameservers(p.delegationName!) }],
};
