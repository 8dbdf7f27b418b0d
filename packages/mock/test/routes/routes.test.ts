/**
 * The front server's router sends every URL to its own operation, including the templates that overlap:
 * `/rest/ticket/summary;…` vs `/rest/ticket/{ticketNo}`, `/rest/ticket/{ticketNo}/…` sub-resources, and
 * `/rest/net/parentNet/…` (and the other range look-ups) vs `/rest/net/{netHandle}/…`. Checked on the
 * Router itself and on the running mock (status and payload root).
 */
import { codec } from '@regrws/codec';
import { describe, expect, it } from 'vitest';
import { Router } from '../../dist/index.js';
import { call, CORE_NS, useMock } from '../support/mock.js';
import { routeCases, wireCases, wrongMethodCases } from './routes.fixture.js';

const router = new Router(codec.map.operations);

describe('router', () => {
  it.each(routeCases.map((c) => [`${c.method} ${c.path}`, c] as const))('%s', (_name, c) => {
    const resolution = router.resolve(c.method, c.path);
    expect(resolution.kind).toBe('matched');
    if (resolution.kind !== 'matched') return;
    expect(resolution.route.operation.operationId).toBe(c.operationId);
    expect(resolution.route.params).toEqual(c.params);
  });

  it('every operation of the spec is reached by exactly its own template filled with sample values', () => {
    for (const op of codec.map.operations) {
      const path = op.path.replace(/\{([^{}]+)\}/g, (_m, name: string) => (name === 'messageId' ? '7' : name === 'startAddress' || name === 'endAddress' ? '198.51.100.1' : `V${name.length}`));
      const resolution = router.resolve(op.method, path);
      expect(resolution.kind, `${op.operationId}: ${path}`).toBe('matched');
      if (resolution.kind === 'matched') expect(resolution.route.operation.operationId, path).toBe(op.operationId);
    }
  });

  it.each(wrongMethodCases.map((c) => [`${c.method} ${c.path}`, c] as const))('%s is a wrong method', (_name, c) => {
    expect(router.resolve(c.method, c.path)).toEqual({ kind: 'method-not-allowed', allowed: c.allowed });
  });
});

describe('running mock', () => {
  const { mock } = useMock();

  it.each(wireCases.map((c) => [c.why, c] as const))('%s', async (_why, c) => {
    const reply = await call(mock().url, c.method, c.path);
    expect(reply.status, reply.body.slice(0, 400)).toBe(c.status);
    expect(reply.headers.get('content-type')).toBe('application/xml');
    if (c.root) {
      expect(reply.body).toMatch(new RegExp(`<${c.root} xmlns="${CORE_NS.replace(/[./]/g, '\\$&')}"`));
    } else {
      expect(codec.validate(reply.body, { payload: 'Error' }).valid).toBe(true);
    }
  });
});
