// Runs the real `regrws` bin, as a user would from the repo root.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { invalidPhone, malformed, phoneJson, validPhone } from './fixtures.js';

const bin = resolve(import.meta.dirname, '../../bin/regrws.js');
const run = async (...args: string[]) => {
  try {
    const r = await promisify(execFile)(process.execPath, [bin, ...args]);
    return { code: 0, ...r };
  } catch (e: any) {
    return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
  }
};

let dir: string;
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'regrws-cli-'));
});

describe('regrws validate', () => {
  it('exits 0 when every file is valid', async () => {
    const r = await run('validate', file('a.xml', validPhone), file('b.xml', validPhone));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid Phone');
  });

  it('prints located errors on stderr and exits 1 when any file is invalid', async () => {
    const good = file('good.xml', validPhone);
    const bad = file('bad.xml', invalidPhone);
    const r = await run('validate', good, bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:3:9: error ENUM at /phone/type/code`);
    expect(r.stderr).toContain(`${bad}:4:3: error UNKNOWN_ELEMENT at /phone/faxNumber`);
  });

  it('reports malformed XML with line and column', async () => {
    const r = await run('validate', file('m.xml', malformed));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/m\.xml:2:\d+: error MALFORMED at \/phone\/number: end tag <\/numbr> does not match start tag <number>/);
  });

  it('reports an unreadable file', async () => {
    const r = await run('validate', join(dir, 'missing.xml'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read: ENOENT');
  });
});

describe('regrws decode', () => {
  it('prints the typed object as JSON, values kept as the schema says', async () => {
    const r = await run('decode', file('p.xml', validPhone));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ payload: 'Phone', value: { number: '+1.703.227.9840', type: { code: 'O' } } });
  });

  it('fails on an undecodable file', async () => {
    const r = await run('decode', file('d.xml', `<route xmlns="http://www.arin.net/regrws/core/v1"/>`));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/d\.xml:1:1: error UNKNOWN_PAYLOAD/);
    expect(r.stdout).toBe('');
  });
});

describe('regrws encode', () => {
  it('prints canonical XML', async () => {
    const r = await run('encode', 'Phone', file('p.json', JSON.stringify(phoneJson)));
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><phone xmlns="http://www.arin.net/regrws/core/v1"><extension>0123</extension><number>02134</number><type><code>M</code></type></phone>');
  });

  it('accepts the output of decode, so decode | edit | encode works', async () => {
    const decoded = await run('decode', file('p2.xml', validPhone));
    const r = await run('encode', 'Phone', file('p2.json', decoded.stdout));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<number>+1.703.227.9840</number>');
  });

  it('refuses invalid values with the path and reason', async () => {
    const r = await run('encode', 'Phone', file('bad.json', JSON.stringify({ number: 5, type: { code: 'O' } })));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error TYPE at /phone/number: expected a string');
  });

  it('rejects an unknown payload name as a usage error', async () => {
    for (const name of ['Route', 'toString', 'constructor']) {
      const r = await run('encode', name, file('x.json', '{}'));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`unknown payload "${name}"`);
    }
  });
});

it('a reader that closes the pipe early gets no stack trace', async () => {
  // Far more JSON than a pipe buffers, so the writer really meets EPIPE.
  const phones = '<phone><number>+1-555-555-0100</number><type><code>O</code></type></phone>'.repeat(20000);
  const big = file('big.xml', `<collection xmlns="http://www.arin.net/regrws/core/v1">${phones}</collection>`);
  const r = await promisify(execFile)('bash', ['-c', `"${process.execPath}" "${bin}" decode "${big}" | head -c 20; echo; echo "exit=\${PIPESTATUS[0]}"`]);
  expect(r.stdout).toMatch(/^\{\n  "payload": "Coll\nexit=0\n$/);
  expect(r.stderr).toBe('');
});

it('unknown commands are usage errors', async () => {
  const r = await run('frobnicate');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('Usage:');
});
