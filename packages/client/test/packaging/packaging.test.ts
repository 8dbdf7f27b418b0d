import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { consumerProgram, consumerTsconfig } from './packaging.fixture.js';

const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const repoRoot = resolve(clientDir, '../..');
const codecDir = join(repoRoot, 'packages/codec');
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
const work = mkdtempSync(join(tmpdir(), 'regrws-client-pack-'));

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packaging: the published tarballs work without our source tree', () => {
  it('packs codec and client, installs them in a project outside the workspace, compiles with tsc --strict and runs', { timeout: 240_000 }, () => {
    // The tarballs carry dist/: build ours; the codec's is built by its own package (turbo runs ^build first).
    expect(existsSync(join(codecDir, 'dist/index.js')), 'packages/codec/dist is missing: run npm run build -w @regrws/codec').toBe(true);
    run(process.execPath, [tsc, '-p', 'tsconfig.build.json'], clientDir);
    const tarballs = join(work, 'tarballs');
    mkdirSync(tarballs);
    for (const dir of [codecDir, clientDir]) run('npm', ['pack', '--silent', '--pack-destination', tarballs], dir);
    const packed = readdirSync(tarballs).sort();
    expect(packed).toEqual(['regrws-client-0.1.0.tgz', 'regrws-codec-0.1.0.tgz']);

    const listing = run('tar', ['-tzf', join(tarballs, 'regrws-client-0.1.0.tgz')], work).split('\n');
    expect(listing).toContain('package/dist/index.js');
    expect(listing).toContain('package/dist/index.d.ts');
    expect(listing).toContain('package/dist/generated/schema.d.ts');
    expect(listing.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toEqual([]);

    const project = join(work, 'consumer');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--silent', ...packed.map((t) => join(tarballs, t))], project);
    writeFileSync(join(project, 'main.ts'), consumerProgram);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(consumerTsconfig));

    // Any type error in our published .d.ts (skipLibCheck is off) or in the program fails here.
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    const output = JSON.parse(run(process.execPath, [join(project, 'out/main.js')], project));
    expect(output).toEqual({
      handle: 'DOEJA5-ARIN',
      emails: ['jane@example.net'],
      code: 'E_OBJECT_NOT_FOUND 404 https://reg.ote.arin.net/rest/poc/NOPE-ARIN?apikey=REDACTED',
      seen: ['GET /rest/poc/DOEJA5-ARIN', 'GET /rest/poc/NOPE-ARIN'],
      describe: 'function',
    });
  });
});
