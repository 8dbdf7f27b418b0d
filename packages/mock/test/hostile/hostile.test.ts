/** Hostile input gets an error in bounded time; the mock (and Prism) stay up and serve the next request. */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { call, readError, useMock } from '../support/mock.js';
import * as fx from './hostile.fixture.js';

const { mock } = useMock();
const TEN_MB = 10 * 1024 * 1024;

afterEach(async () => {
  // The next request is served normally, and Prism is still running.
  const r = await call(mock().url, 'GET', '/rest/poc/DOEJA5-ARIN');
  expect(r.status).toBe(200);
  expect(mock().prism.alive()).toBe(true);
});

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = Date.now();
  const value = await f();
  return { value, ms: Date.now() - t0 };
}

describe('hostile XML', () => {
  it.each([
    ['a DOCTYPE with an external entity', fx.externalEntity],
    ['an entity bomb', fx.entityBomb],
    ['an undefined entity', fx.undefinedEntity],
    ['1,000 nested elements', fx.deepNesting],
    ['invalid UTF-8', fx.invalidUtf8],
  ])('%s → 400 E_SCHEMA_VALIDATION within 2 s', async (_what, body) => {
    const { value: r, ms } = await timed(() => call(mock().url, 'POST', '/rest/poc', { body }));
    expect(r.status).toBe(400);
    const e = readError(r);
    expect(e.code).toBe('E_SCHEMA_VALIDATION');
    expect(r.body).not.toContain('root:');
    expect(r.body).not.toMatch(/lol{4}/);
    expect(ms).toBeLessThan(2000);
  });
});

/** Streams `total` bytes in 64 KiB chunks and reports how much was sent when the answer arrived. */
function streamBody(base: string, total: number, declareLength: boolean): Promise<{ status: number; body: string; sentWhenAnswered: number }> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let sentWhenAnswered = -1;
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/rest/poc?apikey=API-1234-1234-1234-1234',
        headers: { 'Content-Type': 'application/xml', ...(declareLength ? { 'Content-Length': String(total) } : {}) },
        timeout: 20_000,
      },
      (res) => {
        sentWhenAnswered = sent;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), sentWhenAnswered }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    // The server may close the connection after answering: that is expected, not a failure.
    req.on('error', (e) => (sentWhenAnswered >= 0 ? undefined : reject(e)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (sent < total && sentWhenAnswered < 0) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    req.write('<poc xmlns="http://www.arin.net/regrws/core/v1"><lastName>');
    pump();
  });
}

describe('oversized bodies', () => {
  it('a declared 10 MB body → 413 at once, before it is sent', async () => {
    const { value: r, ms } = await timed(() => streamBody(mock().url, TEN_MB, true));
    expect(r.status).toBe(413);
    expect(r.sentWhenAnswered).toBeLessThan(TEN_MB);
    expect(ms).toBeLessThan(5000);
  });

  it('a chunked 10 MB body (no length) → 413 as soon as the limit is passed, not after buffering it', async () => {
    const { value: r, ms } = await timed(() => streamBody(mock().url, TEN_MB, false));
    expect(r.status).toBe(413);
    expect(r.body).toContain('<code>E_BAD_REQUEST</code>');
    expect(r.sentWhenAnswered).toBeLessThan(TEN_MB);
    expect(ms).toBeLessThan(5000);
  });

  it('a 10 MB body through fetch gets 413 as an ErrorPayload', async () => {
    const r = await call(mock().url, 'POST', '/rest/poc', { body: Buffer.alloc(TEN_MB, 0x20) });
    expect(r.status).toBe(413);
    expect(readError(r).code).toBe('E_BAD_REQUEST');
  });
});
