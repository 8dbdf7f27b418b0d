/** A one-operation spec whose 200 has a schema but no example. */
export const noExampleSpec = {
  openapi: '3.1.0',
  info: { title: 'fixture', version: '1' },
  paths: {
    '/rest/thing/{handle}': {
      get: {
        operationId: 'getThing',
        'x-regrws-idempotent': true,
        parameters: [{ name: 'handle', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': { description: 'ok', content: { 'application/xml': { schema: { $ref: '#/components/schemas/Thing' } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        xml: { name: 'thing', namespace: 'http://www.arin.net/regrws/core/v1' },
        required: ['handle'],
        properties: {
          handle: { type: 'string', example: 'THING-1' },
          kind: { type: 'string', enum: ['A', 'S'] },
          count: { type: 'integer', minimum: 0 },
        },
      },
    },
  },
};
