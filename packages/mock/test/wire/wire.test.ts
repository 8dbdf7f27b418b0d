/**
 * The wire below HTTP requests: what Node's parser cannot parse gets an ErrorPayload (not Node's bare
 * `400 Bad Request`), and the front server survives Prism closing kept-alive sockets.
 */
import { createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';
import { codec } from '@regrws/codec';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledSpec } from '../../dist/index.js';
import { createFrontServer } from '../../dist/server.js';
import { API_KEY, call, readError, useMock, type Reply } from '../support/mock.js';

const { mock } = useMock({ apiKeys: [API_KEY] });

/** Writes raw bytes on a fresh socket and collects everything until the server closes it. */
function raw(base: string, data: string | Buffer): Promise<{ text: string; closedByServer: boolean; ms: number }> {
  const { port } = new URL(base);
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let closedByServer = false;
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(data));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => (closedByServer = true));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text: Buffer.concat(chunks).toString('utf8'), closedByServer, ms: Date.now() - t0 });
    });
    const timer = setTimeout(() => socket.destroy(), 10_000);
  });
}

/** Splits raw HTTP/1.1 answers (each framed by Content-Length) into replies. */
function parseAnswers(text: string): Reply[] {
  const out: Reply[] = [];
  let rest = Buffer.from(text, 'utf8');
  while (rest.length) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) throw new Error(`truncated answer: ${rest.toString().slice(0, 200)}`);
    const [statusLine, ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const headers = new Headers(lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()] as [string, string]));
    const length = Number(headers.get('content-length'));
    const body = rest.subarray(end + 4, end + 4 + length);
    out.push({ status: Number(statusLine!.split(' ')[1]), headers, body: body.toString('utf8') });
    rest = rest.subarray(end + 4 + length);
  }
  return out;
}

afterEach(async () => {
  const r = await call(mock().url, 'GET', '/rest/poc/DOEJA5-ARIN');
  expect(r.status).toBe(200);
  expect(mock().prism.alive()).toBe(true);
});

describe('requests Node cannot parse', () => {
  it('bytes after a request without a body: the request is answered, then the bytes get a 400 ErrorPayload and the connection closes', async () => {
    const r = await raw(mock().url, `GET /rest/poc/DOEJA5-ARIN?apikey=${API_KEY} HTTP/1.1\r\nHost: x\r\n\r\n<x/>`);
    expect(r.closedByServer).toBe(true);
    const [first, second, ...more] = parseAnswers(r.text);
    expect(more).toEqual([]);
    expect(first!.status).toBe(200);
    expect(codec.validate(first!.body, { payload: 'Poc' }).valid).toBe(true);
    expect(second!.status).toBe(400);
    expect(second!.headers.get('connection')).toBe('close');
    expect(readError(second!)).toMatchObject({ code: 'E_BAD_REQUEST' });
  });

  it.each([
    ['a garbage request line', 'HELLO WORLD\r\n\r\n'],
    ['a space in the method', 'GE T /rest/poc/DOEJA5-ARIN HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a bad HTTP version', 'GET /rest/poc/DOEJA5-ARIN HTTP/9.Z\r\nHost: x\r\n\r\n'],
    ['a header without a colon', 'GET /rest/poc/DOEJA5-ARIN HTTP/1.1\r\nHost x\r\n\r\n'],
    ['a bad chunk size', `POST /rest/poc?apikey=${API_KEY} HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n`],
    ['both Content-Length and chunked', 'POST /rest/poc HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
    ['binary noise', Buffer.from([0, 1, 2, 255, 254, 13, 10, 13, 10])],
  ])('%s → 400 E_BAD_REQUEST ErrorPayload, Connection: close', async (_what, data) => {
    const r = await raw(mock().url, data);
    expect(r.closedByServer).toBe(true);
    expect(r.ms).toBeLessThan(3000);
    const answers = parseAnswers(r.text);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.status).toBe(400);
    expect(answers[0]!.headers.get('connection')).toBe('close');
    const e = readError(answers[0]!);
    expect(e.code).toBe('E_BAD_REQUEST');
    expect(e.additionalInfo?.join(' ')).toMatch(/HTTP parser reported HPE_/);
  });

  it('headers over Node’s limit → 400 E_BAD_REQUEST ErrorPayload', async () => {
    const r = await raw(mock().url, `GET /rest/poc/DOEJA5-ARIN HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`);
    const [answer] = parseAnswers(r.text);
    expect(answer!.status).toBe(400);
    expect(readError(answer!)).toMatchObject({ code: 'E_BAD_REQUEST', message: 'The request headers are too large.' });
  });

  it('never writes the API key of the unparsable request back', async () => {
    const r = await raw(mock().url, `GET /rest/poc/DOEJA5-ARIN?apikey=${API_KEY} HTTP/1.1\r\nHost x\r\n\r\n`);
    expect(r.text).toContain('400 Bad Request');
    expect(r.text).not.toContain(API_KEY);
  });
});

describe('kept-alive sockets to Prism', () => {
  // A stand-in for Prism that closes a kept-alive connection the moment the next request arrives on it,
  // as Prism does when its keep-alive timeout ends just as the front server reuses the socket.
  let engine: Server;
  let front: Server;
  let frontUrl = '';
  const seen = { connections: 0, requests: 0, cut: 0 };
  beforeAll(async () => {
    const poc = codec.encode('Poc', { contactType: 'ROLE', lastName: 'NOC', country: { code2: 'US' }, streetAddress: [{ number: 0, text: '1 Main St' }] });
    engine = createServer((req, res) => {
      seen.requests++;
      const socket = req.socket as typeof req.socket & { served?: number };
      socket.served = (socket.served ?? 0) + 1;
      if (socket.served > 1) {
        seen.cut++;
        return void socket.destroy();
      }
      res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(poc) });
      res.end(poc);
    });
    engine.on('connection', () => seen.connections++);
    await new Promise<void>((r) => engine.listen(0, '127.0.0.1', r));
    const enginePort = (engine.address() as { port: number }).port;
    front = createFrontServer({ codec, spec: loadBundledSpec(), prismPort: enginePort, maxBodyBytes: 1024 * 1024, prismTimeoutMs: 5000 });
    await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
    frontUrl = `http://127.0.0.1:${(front.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    front?.closeAllConnections();
    engine?.closeAllConnections();
    await Promise.all([new Promise((r) => front?.close(r)), new Promise((r) => engine?.close(r))]);
  });

  it('a request whose reused socket is closed by the engine is sent again: 200, not 503', async () => {
    const get = () =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${frontUrl}/rest/poc/DOEJA5-ARIN?apikey=${API_KEY}`, { agent: false, timeout: 10_000 }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.on('error', reject);
        req.end();
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push(await get());
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    // The front server did reuse sockets, the engine cut them, and each cut request was sent again.
    expect(seen.cut).toBeGreaterThanOrEqual(1);
    expect(seen.requests).toBe(5 + seen.cut);
  });
});
