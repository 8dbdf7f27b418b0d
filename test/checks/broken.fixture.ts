// Payloads the spec forbids, each for one reason.
const NS = 'http://www.arin.net/regrws/core/v1';
export const broken = [
  { why: 'a missing required field (error code)', payload: 'Error', xml: `<error xmlns="${NS}"><message>x</message></error>` },
  { why: 'a bad enum (phone type code)', payload: 'Phone', xml: `<phone xmlns="${NS}"><number>+1-555-555-0100</number><type><code>Z</code></type></phone>` },
  { why: 'a wrong type (line number)', payload: 'Poc', xml: `<poc xmlns="${NS}"><contactType>PERSON</contactType><lastName>Doe</lastName><streetAddress><line number="x">a</line></streetAddress></poc>` },
  { why: 'the wrong root', payload: 'Poc', xml: `<org xmlns="${NS}"><orgName>x</orgName></org>` },
  { why: 'a bad contact type', payload: 'Poc', xml: `<poc xmlns="${NS}"><contactType>ROBOT</contactType><lastName>Doe</lastName></poc>` },
];
