/** Starts the real mock (front server + Prism child) for a test file, and small request helpers. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { codec } from '@regrws/codec';
import { afterAll, beforeAll } from 'vitest';
import { startMock, type MockOptions, type RunningMock } from '../../dist/index.js';

export const API_KEY = 'API-1234-1234-1234-1234';
export const CORE_NS = 'http://www.arin.net/regrws/core/v1';

export function useMock(options: MockOptions = {}): { mock: () => RunningMock; startupMs: () => number } {
  let running: RunningMock | undefined;
  let startupMs = 0;
  beforeAll(async () => {
    const t0 = Date.now();
    running = await startMock({ port: 0, ...options });
    startupMs = Date.now() - t0;
  });
  afterAll(async () => {
    await running?.close();
  });
  return {
    mock: () => {
      if (!running) throw new Error('mock not started');
      return running;
    },
    startupMs: () => startupMs,
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  body: string;
}

export async function call(base: string, method: string, path: string, init: { body?: string | Buffer; headers?: Record<string, string>; key?: string | false } = {}): Promise<Reply> {
  const sep = path.includes('?') ? '&' : '?';
  const url = `${base}${path}${init.key === false ? '' : `${sep}apikey=${init.key ?? API_KEY}`}`;
  const res = await fetch(url, {
    method,
    headers: { ...(init.body !== undefined ? { 'Content-Type': 'application/xml' } : {}), ...init.headers },
    ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : new Uint8Array(init.body) } : {}),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

export interface ArinErrorValue {
  code: string;
  message: string;
  components?: { name?: string; message?: string }[];
  additionalInfo?: string[];
}

/** Decodes an ErrorPayload strictly: it must validate and be in the core namespace. */
export function readError(reply: Reply): ArinErrorValue {
  if (reply.headers.get('content-type') !== 'application/xml') throw new Error(`error answered as ${reply.headers.get('content-type')}: ${reply.body.slice(0, 200)}`);
  const v = codec.validate(reply.body, { payload: 'Error' });
  if (!v.valid) throw new Error(`invalid ErrorPayload: ${JSON.stringify(v.issues)}\n${reply.body}`);
  if (!reply.body.includes(`<error xmlns="${CORE_NS}"`)) throw new Error(`ErrorPayload not in the core namespace: ${reply.body}`);
  return codec.decode<ArinErrorValue>(reply.body, { payload: 'Error' }).value;
}

const require = createRequire(import.meta.url);
export const bundledSpec = JSON.parse(readFileSync(require.resolve('@regrws/spec/openapi.json'), 'utf8')) as Record<string, any>;
