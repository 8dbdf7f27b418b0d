// A one-feature spec: one schema per XML shape, as in TypeSpec's Payload.Xml scenarios.
const CORE = 'http://www.arin.net/regrws/core/v1';
const MSG = 'http://www.arin.net/regrws/messages/v1';
const TTL = 'http://www.arin.net/regrws/ttl/v1';
const ref = (n: string) => ({ $ref: `#/components/schemas/${n}` });

export const shapesSpec = {
  openapi: '3.1.0',
  info: { title: 'shapes', version: '1' },
  paths: {},
  components: {
    schemas: {
      // attribute-only element
      Link: {
        type: 'object', xml: { name: 'link', namespace: CORE }, required: ['function'],
        properties: {
          description: { type: 'string', readOnly: true, xml: { attribute: true } },
          function: { type: 'string', enum: ['AD', 'T'], xml: { attribute: true } },
          handle: { type: 'string', xml: { attribute: true } },
        },
      },
      // attribute with text
      Line: {
        type: 'object', xml: { name: 'line', namespace: CORE }, required: ['number'],
        properties: { number: { type: 'integer', minimum: 0, xml: { attribute: true } }, text: { type: 'string', 'x-xml-text': true } },
      },
      Multiline: { type: 'array', xml: { name: 'multiline', namespace: CORE, wrapped: true }, items: ref('Line') },
      // wrapped list, empty list, single-item list, namespaced children, scalars
      Thing: {
        type: 'object', xml: { name: 'thing', namespace: CORE, prefix: 'ns0' }, required: ['name'],
        'x-regrws-mutually-exclusive': [['a', 'b']],
        properties: {
          name: { type: 'string' },
          count: { type: 'integer' },
          flag: { type: 'boolean' },
          postal: { type: 'string' },
          kind: { type: 'string', enum: ['X', 'Y'] },
          code: { type: 'string', 'x-extensible-enum': ['E_ONE'] },
          a: { type: 'string' },
          b: { type: 'string' },
          country: { ...ref('Country'), xml: { name: 'iso3166-1' } },
          emails: { type: 'array', minItems: 1, xml: { wrapped: true }, items: { type: 'string', xml: { name: 'email' } } },
          links: { type: 'array', xml: { name: 'pocLinks', wrapped: true }, items: ref('Link') },
          comment: { ...ref('Multiline'), xml: { name: 'comment', wrapped: true } },
          messageId: { type: 'integer', readOnly: true, xml: { namespace: MSG, prefix: 'ns2' } },
        },
      },
      Country: { type: 'object', xml: { name: 'iso3166-1', namespace: CORE }, properties: { code2: { type: 'string' } } },
      // namespaced attribute on an element with text (a nameserver with ttl:ttl)
      Server: {
        type: 'object', xml: { name: 'nameserver', namespace: CORE },
        properties: { ttl: { type: 'integer', xml: { attribute: true, namespace: TTL, prefix: 'ttl' } }, host: { type: 'string', 'x-xml-text': true } },
      },
      // unwrapped repeated roots
      Bag: {
        type: 'object', xml: { name: 'collection', namespace: CORE },
        properties: { things: { type: 'array', items: ref('Thing') }, links: { type: 'array', items: ref('Link') } },
      },
      Either: {
        type: 'object', xml: { name: 'either', namespace: CORE }, minProperties: 1, maxProperties: 1,
        properties: { thing: ref('Thing'), link: ref('Link') },
      },
    },
  },
} as const;

export const CORE_NS = CORE;
export const MESSAGES_NS = MSG;
export const TTL_NS = TTL;
