// The client in a real browser: Debian's Chromium loads the built ESM packages (no bundler, no Node
// APIs) from a loopback server, calls it, and gets typed values and typed errors back.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseExamples } from '../support/spec.js';
import { browserPage } from './browser.fixture.js';

const CHROMIUM = process.env.REGRWS_CHROMIUM ?? '/usr/bin/chromium';
const require = createRequire(import.meta.url);
const roots: Record<string, string> = {
  client: resolve(import.meta.dirname, '../../dist'),
  // The codec is ESM-only (no require condition): resolve it the way a bundler or Node's import would.
  codec: dirname(fileURLToPath(import.meta.resolve('@regrws/codec'))),
  'openapi-fetch': dirname(require.resolve('openapi-fetch')),
};
const poc = responseExamples('getPoc').find((e) => e.status === 200)!.xml;
const notFound = responseExamples('getPoc').find((e) => e.status === 404)!.xml;

let server: Server;
let browser: Browser;
let origin: string;
const seen: { url: string; apikey: string | null }[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set REGRWS_CHROMIUM)`);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const pkg = /^\/pkg\/([^/]+)\/(.+)$/.exec(url.pathname);
    if (url.pathname === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(browserPage);
    if (pkg && roots[pkg[1]!]) {
      const file = normalize(join(roots[pkg[1]!]!, pkg[2]!));
      if (!file.startsWith(roots[pkg[1]!]!) || !existsSync(file)) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
    }
    if (url.pathname.startsWith('/rest/poc/')) {
      seen.push({ url: url.pathname, apikey: url.searchParams.get('apikey') });
      const found = url.pathname === '/rest/poc/DOEJA5-ARIN';
      return void res.writeHead(found ? 200 : 404, { 'content-type': 'application/xml' }).end(found ? poc : notFound);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

describe('in a browser', () => {
  it('decodes a POC into a typed value and a Reg-RWS error into RegRwsApiError, with the key redacted', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(origin);
    const result = await page.waitForFunction(() => (window as any).__result, undefined, { timeout: 20_000 }).then((h) => h.jsonValue());
    expect(errors).toEqual([]);
    expect(result).toMatchObject({
      handle: 'DOEJA5-ARIN',
      firstPhone: expect.any(String),
      error: { name: 'RegRwsApiError', isApiError: true, status: 404, code: 'E_OBJECT_NOT_FOUND', keyInMessage: false, keyInUrl: false },
    });
    expect(seen.map((s) => s.apikey)).toEqual(['API-1234-1234-1234-1234', 'API-1234-1234-1234-1234']);
    await page.close();
  }, 60_000);
});
