/** Starting and stopping: startMock/close leave no Prism behind, the bin prints its URL, keys are never logged. */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startMock } from '../../dist/index.js';
import { API_KEY, call } from '../support/mock.js';

const BIN = fileURLToPath(new URL('../../bin/regrws-mock.js', import.meta.url));

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map((s) => Number(s.trim())).filter((n) => n > 0);
  } catch {
    return [];
  }
}

/** Starts the bin on a free port and resolves once it printed its URL. */
function startBin(args: string[] = []): Promise<{ child: ReturnType<typeof spawn>; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bin printed no URL within 30 s:\n${out}`)), 30_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => out });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`bin exited with ${code}:\n${out}`)));
  });
}

describe('startMock / close', () => {
  it('starts on a free port, answers, and close() kills Prism', async () => {
    const t0 = Date.now();
    const mock = await startMock({ port: 0 });
    const startupMs = Date.now() - t0;
    console.log(`startMock (Prism included) took ${startupMs} ms`);
    expect(startupMs).toBeLessThan(20_000);
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running(mock.prism.pid)).toBe(true);
    expect((await call(mock.url, 'GET', '/rest/org/EXAMPLE-1')).status).toBe(200);
    await mock.close();
    expect(await waitUntil(() => !running(mock.prism.pid), 5000)).toBe(true);
    await expect(fetch(`${mock.url}/rest/org/EXAMPLE-1?apikey=${API_KEY}`)).rejects.toThrow();
  });

  it('two mocks run side by side on different ports', async () => {
    const [a, b] = await Promise.all([startMock({ port: 0 }), startMock({ port: 0 })]);
    try {
      expect(a.url).not.toBe(b.url);
      expect(a.prism.port).not.toBe(b.prism.port);
      expect((await call(a.url, 'GET', '/rest/poc/DOEJA5-ARIN')).status).toBe(200);
      expect((await call(b.url, 'GET', '/rest/poc/DOEJA5-ARIN')).status).toBe(200);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('never logs the API key (its own lines and Prism’s output)', async () => {
    const lines: string[] = [];
    const secret = 'API-9F8E-7D6C-5B4A-3210';
    const mock = await startMock({ port: 0, log: (l) => lines.push(l) });
    try {
      await call(mock.url, 'GET', '/rest/poc/DOEJA5-ARIN', { key: secret });
      await call(mock.url, 'GET', '/rest/ticket;ticketStatus=SLEEPING', { key: secret });
      await call(mock.url, 'GET', '/rest/poc/DOEJA5-ARIN', { key: false, headers: { Authorization: `ApiKey ${secret}` } });
      await call(mock.url, 'GET', `/rest/poc/DOEJA5-ARIN?APIKEY=${secret}`, { key: false });
    } finally {
      await mock.close();
    }
    const all = [...lines, ...mock.prism.output()].join('\n');
    expect(lines.filter((l) => l.startsWith('GET /rest/poc/DOEJA5-ARIN')).length).toBe(3);
    expect(mock.prism.output().length).toBeGreaterThan(0);
    expect(all).not.toContain(secret);
  });

  it('serves the docs page at /docs when given one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regrws-docs-'));
    const file = join(dir, 'index.html');
    writeFileSync(file, '<!doctype html><title>Reg-RWS docs fixture</title>');
    const mock = await startMock({ port: 0, docsFile: file });
    try {
      const res = await fetch(`${mock.url}/docs`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('Reg-RWS docs fixture');
    } finally {
      await mock.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a maxBodyBytes or port that is not a valid integer, before starting Prism', async () => {
    for (const maxBodyBytes of [NaN, -1, 0, 1.5, Infinity]) {
      await expect(startMock({ maxBodyBytes })).rejects.toThrow(/maxBodyBytes must be a positive integer/);
    }
    for (const port of [NaN, -1, 1.5, 65536]) {
      await expect(startMock({ port })).rejects.toThrow(/port must be an integer/);
    }
  });

  it('refuses to start without the built mock spec, with a clear message', async () => {
    await expect(startMock({ mockSpecFile: '/nonexistent/mock-spec.json' })).rejects.toThrow(/npm run build/);
  });
});

describe('regrws-mock bin', () => {
  it('prints its URL, serves, and leaves no Prism behind on SIGTERM', async () => {
    const { child, url } = await startBin();
    const prismPids = childrenOf(child.pid!);
    expect(prismPids.length).toBe(1);
    expect((await call(url, 'GET', '/rest/net/NET-192-0-2-0-1')).status).toBe(200);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    expect(await waitUntil(() => prismPids.every((p) => !running(p)), 5000)).toBe(true);
  });

  it('refuses a --max-body-bytes that is not a positive integer, with a usage error (exit 2)', () => {
    for (const value of ['abc', '', '-1', '0', '1.5', '1e3', '12abc', ' 12', 'Infinity']) {
      const r = spawnSync(process.execPath, [BIN, '--port', '0', `--max-body-bytes=${value}`], { encoding: 'utf8', timeout: 20_000 });
      expect(r.status, `--max-body-bytes=${value}: ${r.stdout}${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('--max-body-bytes must be a positive integer');
      expect(r.stderr).toContain('Usage: regrws-mock');
      expect(r.stdout).not.toContain('listening');
    }
  });

  it('enforces a valid --max-body-bytes', async () => {
    const { child, url } = await startBin(['--max-body-bytes', '512']);
    const prismPids = childrenOf(child.pid!);
    try {
      const r = await call(url, 'POST', '/rest/poc', { body: `<poc xmlns="http://www.arin.net/regrws/core/v1"><lastName>${'D'.repeat(1024)}</lastName></poc>` });
      expect(r.status).toBe(413);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      expect(await waitUntil(() => prismPids.every((p) => !running(p)), 5000)).toBe(true);
    }
  });

  it('leaves no Prism behind even when killed with SIGKILL', async () => {
    const { child } = await startBin();
    const prismPids = childrenOf(child.pid!);
    expect(prismPids.length).toBe(1);
    child.kill('SIGKILL');
    expect(await waitUntil(() => prismPids.every((p) => !running(p)), 5000)).toBe(true);
  });
});
