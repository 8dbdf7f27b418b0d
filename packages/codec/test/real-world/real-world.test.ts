// Every file in shared/fixtures/real-world is handled as its README says: real server output decodes with
// every value intact; hand-made files decode or fail with a located reason; documentation artefacts that
// break the schema get located validation errors; payloads we do not model get "unknown payload" (the README's
// "beyond the founding document" row: since delegations are modelled, only the IRR route is left there; the live
// OT&E delegation decodes with every value intact and the older core-namespaced-ttl delegation decodes with a
// NAMESPACE warning and fails strict validation with a located NAMESPACE error).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codec, XmlDecodeError } from '../../src/index.js';
import { meaning, withoutEmptyLists } from '../support/meaning.js';
import { fixturesDir } from '../support/paths.js';

type Expectation =
  | { kind: 'valid'; payload: string; check?: (value: any) => void }
  | {
    kind: 'decodes-invalid'; payload: string; errors: string[];
    /** Tolerated findings of decode (`CODE path line:column`); none unless listed. */
    warnings?: string[];
    /** What the codec writes differs from the input by exactly this repair (e.g. an element moved to its namespace). */
    repaired?: (xml: string) => string;
  }
  | { kind: 'undecodable'; errors: string[] };

const expectations: Record<string, Expectation> = {
  // Real server output: decode without error, every value survives.
  'arin-quickstart-customer.xml': { kind: 'valid', payload: 'Customer', check: (v) => {
    expect(v).toMatchObject({ handle: 'C07361391', postalCode: '20151', privateCustomer: false, stateProvince: 'VA', country: { code2: 'US', e164: '1', name: 'United States' } });
    expect(v.streetAddress).toEqual([{ number: 0, text: 'Line 1' }]);
  } },
  'arin-quickstart-poc.xml': { kind: 'valid', payload: 'Poc', check: (v) => {
    expect(v.phones).toEqual([{ number: '+1-555-555-1212', type: { code: 'O', description: 'OFFICE' } }]);
    expect(v.emails).toEqual(['jdoe1@test.com']);
    expect(v.registrationDate).toBe('2019-06-10T11:36:55.136-04:00');
  } },
  'arin-quickstart-ticketed-request.xml': { kind: 'valid', payload: 'TicketedRequest', check: (v) => {
    expect(v.ticket).toBeUndefined();
    expect(v.net.pocLinks).toEqual([]);
    expect(v.net.originASes).toEqual([]);
    expect(v.net.netBlocks[0]).toEqual({ cidrLength: 36, description: 'Reassigned', endAddress: '2001:db8:0FFF:FFFF:FFFF:FFFF:FFFF:FFFF', startAddress: '2001:db8:0000:0000:0000:0000:0000:0000', type: 'S' });
    expect(v.net.version).toBe(6);
  } },
  'arincli-ticket-message.xml': { kind: 'valid', payload: 'Message', check: (v) => {
    expect(v).toMatchObject({ messageId: 4, createdDate: '2012-10-12T11:48:50.281-04:00', category: 'NONE' });
    expect(v.text).toEqual([{ number: 0, text: 'pleasee get back to me' }, { number: 1, text: 'you bone heads' }]);
    expect(v.attachmentReferences).toEqual([{ attachmentFilename: 'oracle-driver-license.txt', attachmentId: '8a8180b13a5597b1013a55a9d42f0007' }]);
  } },
  'arincli-ticket-msgrefs.xml': { kind: 'valid', payload: 'Ticket', check: (v) => {
    expect(v.messageReferences.map((m: any) => m.messageId)).toEqual([4, 3, 1]);
    expect(v.messageReferences[1].attachmentReferences).toBeUndefined();
  } },
  'arincli-ticket-summary.xml': { kind: 'valid', payload: 'Ticket', check: (v) => expect(v).toEqual({ createdDate: '2012-10-12T11:39:36.724-04:00', ticketNo: '20121012-X1', updatedDate: '2012-10-12T11:39:36.724-04:00', webTicketStatus: 'PENDING_REVIEW', webTicketType: 'QUESTION' }) },
  'stepbrobd-net-get-ote.xml': { kind: 'valid', payload: 'Net', check: (v) => {
    expect(v.netBlocks[0]).toMatchObject({ startAddress: '023.161.104.000', endAddress: '023.161.104.255', cidrLength: 24, type: 'DA' });
    expect(v.comment[1]).toEqual({ number: 1, text: 'Geofeed https://stepbrobd.com/geofeed.csv' });
    expect(v.pocLinks).toEqual([]);
  } },
  'stepbrobd-error-404-unspecified.xml': { kind: 'valid', payload: 'Error', check: (v) => expect(v).toEqual({ additionalInfo: ['An error occurred while attempting to process your request.'], code: 'E_UNSPECIFIED', components: [], message: 'An error occurred while attempting to process your request.' }) },
  'pyregrws-net-empty-poclinks.xml': { kind: 'valid', payload: 'Net', check: (v) => expect(v.pocLinks).toEqual([]) },
  'pyregrws-error-auth-empty-components.xml': { kind: 'valid', payload: 'Error', check: (v) => expect(v).toEqual({ additionalInfo: [], code: 'E_AUTHENTICATION', components: [], message: 'The API key is not authorized to make that request.' }) },
  // Hand-made or documentation-derived.
  'dormilich-customer-get.xml': { kind: 'valid', payload: 'Customer' },
  'dormilich-error.xml': { kind: 'valid', payload: 'Error', check: (v) => expect(v.components).toEqual([{ name: 'URL', message: 'did not match' }, { name: 'MIME-Type', message: 'text/xml is not supported' }]) },
  'dormilich-message-add.xml': { kind: 'valid', payload: 'Message' },
  'dormilich-net-v6-get.xml': { kind: 'valid', payload: 'Net' },
  'dormilich-org-get.xml': { kind: 'valid', payload: 'Org', check: (v) => expect(v.pocLinks).toHaveLength(4) },
  'dormilich-phone-collection.xml': { kind: 'valid', payload: 'Collection', check: (v) => {
    expect(v.phones[0]).toEqual({ type: { description: 'Office>', code: 'O' }, number: '+1.703.227.9840' });
  } },
  'dormilich-poc-role-get.xml': { kind: 'valid', payload: 'Poc' },
  'dormilich-ticket-full.xml': { kind: 'valid', payload: 'Ticket', check: (v) => expect(v).toMatchObject({ shared: true, orgHandle: 'ARIN', ticketNo: '20111107-X03878' }) },
  'pyregrws-poc.xml': { kind: 'valid', payload: 'Poc', check: (v) => expect(v.phones[0]).toEqual({ type: { description: 'DESCRIPTION', code: 'O' }, number: '+1.703.227.9840', extension: '101' }) },
  'dormilich-net-response.xml': { kind: 'decodes-invalid', payload: 'Net', errors: ['EXCLUSIVE /net'] },
  'dormilich-ticket-collection.xml': { kind: 'undecodable', errors: ['TYPE /collection/ticket[1]/messages/message[1]/messageId 6:17'] },
  'pyregrws-ticket.xml': { kind: 'undecodable', errors: ['TYPE /ticket/messages/message[1]/messageId 7:17'] },
  // Documentation artefacts that break the schema.
  'pyregrws-customer-duplicate-handle.xml': { kind: 'undecodable', errors: ['DUPLICATE /customer/handle 24:9'] },
  'dormilich-ticketed-request-net.xml': { kind: 'decodes-invalid', payload: 'TicketedRequest', errors: ['REQUIRED /ticketedRequest/net/pocLinks/pocLinkRef[1]', 'EXCLUSIVE /ticketedRequest/net'] },
  // Reverse-DNS delegations: the live OT&E capture, and an older shape with <ttl> in the core namespace.
  'stepbrobd-delegation-get-ote.xml': { kind: 'valid', payload: 'Delegation', check: (v) => expect(v).toEqual({
    delegationKeys: [{
      algorithm: { name: 'ECDSA Curve P-256 with SHA-256', value: 13 },
      digest: '2935C3B989F1B43F47CCBE08DC45D0F827D359E15E8CD1EA1EC2D8398022A1D8',
      digestType: { name: 'SHA-256', value: 2 },
      keyTag: 2371,
      ttl: 3600,
    }],
    name: '104.161.23.in-addr.arpa.',
    nameservers: [{ host: 'NS.YSUN.CO' }, { host: 'NS.YSUN.FR' }, { host: 'NS.YSUN.JP' }, { host: 'NS.YSUN.US' }],
  }) },
  'dormilich-delegation-get.xml': {
    kind: 'decodes-invalid', payload: 'Delegation',
    errors: ['NAMESPACE /delegation/delegationKeys/delegationKey[1]/ttl 8:13'],
    warnings: ['NAMESPACE /delegation/delegationKeys/delegationKey[1]/ttl 8:13'],
    // The value is kept (86400) and written back in the ttl namespace, where the live server puts it.
    repaired: (xml) => xml.replace('<ttl>86400</ttl>', '<ttl xmlns="http://www.arin.net/regrws/ttl/v1">86400</ttl>'),
  },
  // Beyond the founding document.
  'stepbrobd-irr-route-get.xml': { kind: 'undecodable', errors: ['UNKNOWN_PAYLOAD /route 2:1'] },
};

const files = readdirSync(fixturesDir).filter((f) => f.endsWith('.xml')).sort();

describe('real-world fixtures', () => {
  it('every fixture has an expectation', () => {
    expect(files).toEqual(Object.keys(expectations).sort());
  });

  it.each(files)('%s', (file) => {
    const xml = readFileSync(join(fixturesDir, file), 'utf8');
    const exp = expectations[file]!;
    const v = codec.validate(xml);
    const errors = v.issues.filter((i) => i.severity === 'error');
    if (exp.kind === 'undecodable') {
      let thrown: unknown;
      try { codec.decode(xml); } catch (e) { thrown = e; }
      expect(thrown).toBeInstanceOf(XmlDecodeError);
      const issues = (thrown as XmlDecodeError).issues;
      for (const want of exp.errors) {
        const [code, path, loc] = want.split(' ');
        expect(issues).toContainEqual(expect.objectContaining({ code, path, ...(loc ? { line: Number(loc.split(':')[0]), column: Number(loc.split(':')[1]) } : {}) }));
      }
      expect(v.valid).toBe(false);
      return;
    }
    const r = codec.decode<any>(xml);
    expect(r.payload).toBe(exp.payload);
    const located = (i: { code: string; path: string; line?: number; column?: number }) => `${i.code} ${i.path} ${i.line}:${i.column}`;
    expect(r.warnings.map(located)).toEqual(exp.kind === 'decodes-invalid' ? exp.warnings ?? [] : []);
    if (exp.kind === 'valid') {
      expect(errors).toEqual([]);
      exp.check?.(r.value);
    } else {
      // An expected error may give its location (`CODE path line:column`); it must then match exactly.
      expect(errors.map((e) => (exp.errors.some((x) => x.split(' ').length > 2) ? located(e) : `${e.code} ${e.path}`)).sort()).toEqual([...exp.errors].sort());
      for (const e of errors) expect(e.line).toBeGreaterThan(0);
    }
    // Round trip: encode(decode(x)) equals x by meaning (validation off for the invalid artefacts).
    const again = codec.encode(r.payload, r.value, { validate: exp.kind === 'valid' });
    const repaired = exp.kind === 'decodes-invalid' && exp.repaired ? exp.repaired(xml) : xml;
    if (repaired !== xml) expect(codec.validate(repaired).valid).toBe(true);
    expect(meaning(again)).toEqual(meaning(repaired));
    expect(codec.decode(again).value).toEqual(withoutEmptyLists(r.value));
  });
});
