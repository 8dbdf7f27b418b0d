import type { Customer, Net } from '../../src/index.js';

export const PARENT_NET = 'NET-192-0-2-0-1';

/** The recipient of a simple reassignment, as a caller writes it. */
export const recipient: Customer = {
  customerName: 'Example Customer Inc',
  streetAddress: [{ number: 0, text: '7 Sample Road' }],
  city: 'Chantilly',
  stateProvince: 'VA',
  postalCode: '20151',
  country: { code2: 'US' },
  privateCustomer: false,
};

/** A /27 out of the parent, reassigned to the customer (simple reassignment: no POC links). */
export function simpleReassignment(customerHandle: string, parentNetHandle: string): Net {
  return {
    version: 4,
    netName: 'EXAMPLE-CUST-1',
    netBlocks: [{ type: 'S', startAddress: '192.0.2.64', cidrLength: 27 }],
    customerHandle,
    parentNetHandle,
  };
}
