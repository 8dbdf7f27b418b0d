/** Small request bodies for the fault tests. The valid one is a minimal PERSON POC. */
const NS = 'http://www.arin.net/regrws/core/v1';

export const validPoc = `<?xml version="1.0" encoding="UTF-8"?>
<poc xmlns="${NS}">
  <contactType>PERSON</contactType>
  <firstName>Jane</firstName>
  <lastName>Doe</lastName>
  <iso3166-1><code2>US</code2></iso3166-1>
  <streetAddress><line number="1">1 Main St</line></streetAddress>
  <emails><email>jane@example.net</email></emails>
  <phones><phone><number>+1-555-555-0100</number><type><code>O</code></type></phone></phones>
</poc>`;

/** Unclosed <lastName>. */
export const malformedPoc = `<poc xmlns="${NS}"><contactType>PERSON</contactType><lastName>Doe</poc>`;

/** A <net> where a <poc> is expected. */
export const wrongRoot = `<net xmlns="${NS}"><netName>X</netName></net>`;

export const unknownElement = validPoc.replace('<lastName>Doe</lastName>', '<lastName>Doe</lastName>\n  <shoeSize>42</shoeSize>');

export const badEnum = validPoc.replace('<contactType>PERSON</contactType>', '<contactType>ROBOT</contactType>');

export const noNamespace = validPoc.replace(` xmlns="${NS}"`, '');

/** Well-formed and schema-valid but missing a required element (lastName): a business rule. */
export const missingRequired = validPoc.replace('  <lastName>Doe</lastName>\n', '');
