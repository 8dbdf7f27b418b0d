// Reverse-DNS delegations through the facade: zone names with their trailing dot in the URL, TTLs in the ttl
// namespace on the wire (an element in a DS record, an attribute on a nameserver), ttl only in the query of
// addNameserver, and the NET's delegations as an array.
import { codec } from '@regrws/codec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Delegation } from '../../src/index.js';
import { testClient, xmlResponse } from '../support/fake-fetch.js';

const CORE = 'http://www.arin.net/regrws/core/v1';
const TTL = 'http://www.arin.net/regrws/ttl/v1';
const ZONE = '2.0.192.in-addr.arpa.';
const DIGEST = '63C70072DD99EB5497C7D7F3F810234CF24245F09F93DFCC71FD5730450A37A3';

/** Server form, as the live OT&E capture: ttl prefixed ns2, keys, name, nameservers. */
const served = (nameservers: string) =>
  `<delegation xmlns="${CORE}" xmlns:ns2="${TTL}"><delegationKeys><delegationKey><algorithm name="ECDSA Curve P-256 with SHA-256">13</algorithm>` +
  `<digest>${DIGEST}</digest><digestType name="SHA-256">2</digestType><keyTag>12345</keyTag><ns2:ttl>3600</ns2:ttl></delegationKey></delegationKeys>` +
  `<name>${ZONE}</name><nameservers>${nameservers}</nameservers></delegation>`;

const expected: Delegation = {
  delegationKeys: [{ algorithm: { name: 'ECDSA Curve P-256 with SHA-256', value: 13 }, digest: DIGEST, digestType: { name: 'SHA-256', value: 2 }, keyTag: 12345, ttl: 3600 }],
  name: ZONE,
  nameservers: [{ host: 'NS1.EXAMPLE.NET' }, { host: 'NS2.EXAMPLE.NET', ttl: 86400 }],
};

describe('delegations', () => {
  it('net.getDelegations is a Delegation[] (every value typed), and [] for <collection/>', async () => {
    const { client, requests } = testClient((_r, i) => xmlResponse(i === 0
      ? `<collection xmlns="${CORE}" xmlns:ns4="${TTL}">${served('<nameserver>NS1.EXAMPLE.NET</nameserver><nameserver ns4:ttl="86400">NS2.EXAMPLE.NET</nameserver>').replace(/ xmlns(:ns2)?="[^"]+"/g, '').replace(/ns2:/g, 'ns4:')}</collection>`
      : `<collection xmlns="${CORE}"/>`));
    const found = await client.net.getDelegations('NET-192-0-2-0-1');
    expectTypeOf(found).toEqualTypeOf<Delegation[]>();
    expect(found).toEqual([expected]);
    expect(await client.net.getDelegations('NET-198-51-100-0-1')).toEqual([]);
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(['GET /rest/net/NET-192-0-2-0-1/delegations', 'GET /rest/net/NET-198-51-100-0-1/delegations']);
  });

  it('delegation.modify puts the whole delegation at the zone name (trailing dot kept), TTLs in the ttl namespace', async () => {
    const { client, requests } = testClient(() => xmlResponse(served('<nameserver>NS1.EXAMPLE.NET</nameserver><nameserver ns2:ttl="86400">NS2.EXAMPLE.NET</nameserver>')));
    const changed: Delegation = {
      delegationKeys: [{ algorithm: { value: 13 }, digest: DIGEST, digestType: { value: 2 }, keyTag: 12345, ttl: 3600 }],
      nameservers: [{ host: 'NS1.EXAMPLE.NET' }, { host: 'NS2.EXAMPLE.NET', ttl: 86400 }],
    };
    expect(await client.delegation.modify(ZONE, changed)).toEqual(expected);
    const sent = requests[0]!;
    expect(sent.method).toBe('PUT');
    expect(sent.url.pathname).toBe(`/rest/delegation/${ZONE}`);
    expect(sent.body).toContain(`xmlns:ttl="${TTL}"`);
    expect(sent.body).toContain('<ttl:ttl>3600</ttl:ttl>');
    expect(sent.body).toContain('<nameserver ttl:ttl="86400">NS2.EXAMPLE.NET</nameserver>');
    expect(codec.validate(sent.body, { payload: 'Delegation' }).valid).toBe(true);
    expect(codec.decode(sent.body, { payload: 'Delegation' }).value).toEqual(changed);
  });

  it('delegation.addNameserver sends no body and the ttl only when given; the nameserver calls return the delegation', async () => {
    const { client, requests } = testClient(() => xmlResponse(served('<nameserver>NS1.EXAMPLE.NET</nameserver><nameserver ns2:ttl="86400">NS2.EXAMPLE.NET</nameserver>')));
    expect(await client.delegation.addNameserver(ZONE, 'ns2.example.net', { ttl: 86400 })).toEqual(expected);
    await client.delegation.addNameserver(ZONE, 'ns2.example.net');
    await client.delegation.deleteNameserver(ZONE, 'ns3.example.net');
    await client.delegation.deleteNameservers(ZONE);
    await client.delegation.get(ZONE);
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      `POST /rest/delegation/${ZONE}/nameserver/ns2.example.net`,
      `POST /rest/delegation/${ZONE}/nameserver/ns2.example.net`,
      `DELETE /rest/delegation/${ZONE}/nameserver/ns3.example.net`,
      `DELETE /rest/delegation/${ZONE}/nameservers`,
      `GET /rest/delegation/${ZONE}`,
    ]);
    expect(requests[0]!.url.searchParams.get('ttl')).toBe('86400');
    expect(requests[1]!.url.searchParams.has('ttl')).toBe(false);
    expect(requests.slice(0, 4).map((r) => r.body)).toEqual(['', '', '', '']);
  });
});
