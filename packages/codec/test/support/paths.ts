import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../../..');

/** shared/ sits beside the repository (a copy of it in CI). */
export const fixturesDir = process.env.REGRWS_FIXTURES ?? join(repoRoot, '..', 'shared', 'fixtures', 'real-world');
export const bundledSpecPath = createRequire(import.meta.url).resolve('@regrws/spec/openapi.json');
