// Building blocks of hostile requests: values that break parsers, routers and validators.
export const hostileSegments = [
  '', '.', '..', '%2e%2e', '%2F', '%00', '%', '%zz', '%E0%A4%A', '%C0%AF', '%FF%FE', ';', ';;', ';=', ';a=b;a=c', '=',
  '%3B', '%7B%7D', '{pocHandle}', 'a'.repeat(5000), 'NET-' + '1-'.repeat(500) + '1', '%F0%9F%92%A9', '%E2%80%AE', '%0D%0ASet-Cookie:x',
  'DOEJA5-ARIN', 'NET-192-0-2-0-1', 'C07361391', '20240502-X17', 'EN-42', 'noc@example.net', '+1-555-555-0100',
];

export const contentTypes = [
  'application/xml', 'application/xml; charset=utf-8', 'application/xml; charset=UTF-16', 'application/xml;charset="latin1"', 'text/xml',
  'application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/xml+fake',
  '', '*/*', 'application/problem+json', 'APPLICATION/XML', 'application/xml; x=' + 'y'.repeat(300),
];

export const accepts = ['application/xml', '*/*', 'text/xml', 'application/json', 'text/html', 'application/*;q=0', '', 'application/xml;q=0.1, */*;q=0'];

export const prefers = [
  'code=200', 'code=400', 'code=401', 'code=404', 'code=405', 'code=409', 'code=413', 'code=415', 'code=418', 'code=500', 'code=abc', 'code=',
  'example=nope', 'example=person', 'example="withMessages"', 'dynamic=true', 'dynamic=false', 'dynamic=maybe', 'code=200, dynamic=true',
  'code=404, example=unspecified', 'respond-async', ';;;', 'code=200;example=person;dynamic=true', 'x'.repeat(2000),
];

export const keyParams = [
  'apikey=API-1234-1234-1234-1234', 'apikey=', 'APIKEY=API-1234-1234-1234-1234', 'apiKey=API-1234-1234-1234-1234', 'apikey=API-0000-0000-0000-0000',
  'apikey=API-1234-1234-1234-1234&apikey=API-0000-0000-0000-0000', 'apikey=%zz', 'apikey=' + 'A'.repeat(3000), '',
];

export const authorizations = ['', 'ApiKey API-1234-1234-1234-1234', 'ApiKey', 'Bearer API-1234-1234-1234-1234', 'apikey   API-1234-1234-1234-1234', 'ApiKey API-0000-0000-0000-0000'];

const NS = 'http://www.arin.net/regrws/core/v1';
/** Whole hostile documents (each is also mutated further by the generator). */
export const hostileBodies = [
  '', ' ', '<', '<?xml version="1.0"?>', `<poc xmlns="${NS}">`, `<poc xmlns="${NS}"></org>`, '<a/><b/>',
  `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><poc xmlns="${NS}"><lastName>&lol2;</lastName></poc>`,
  `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><poc xmlns="${NS}"><lastName>&xxe;</lastName></poc>`,
  `<poc xmlns="${NS}">${'<a>'.repeat(500)}${'</a>'.repeat(500)}</poc>`,
  `<poc xmlns="${NS}" ${Array.from({ length: 200 }, (_, i) => `a${i}="1"`).join(' ')}/>`,
  `<poc xmlns="${NS}"><lastName>&undefined;</lastName></poc>`,
  `<poc xmlns="${NS}"><lastName><![CDATA[</poc>]]></lastName></poc>`,
  `<poc xmlns="urn:other"><lastName>x</lastName></poc>`,
  `<ns9:poc xmlns:ns9="${NS}"><ns9:handle>A</ns9:handle><ns9:handle>B</ns9:handle></ns9:poc>`,
  `<poc xmlns="${NS}"><contactType>PERSON</contactType><lastName>\u0000</lastName></poc>`,
  `<error xmlns="${NS}"><code>E_OUTAGE</code><message>fake</message></error>`,
  '{"poc":{"lastName":"x"}}',
  '<?xml version="1.0" encoding="ISO-8859-1"?><poc/>',
];
