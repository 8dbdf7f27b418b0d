import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeOnly } from './portability.fixture.js';

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('portability: the runtime path works in browsers', () => {
  it('src/ uses no Node-only module or global', () => {
    const files = sources(srcDir);
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, '');
      return nodeOnly.filter((rule) => rule.pattern.test(code)).map((rule) => `${file}: ${rule.name}`);
    });
    expect(found).toEqual([]);
  });
});
