#!/usr/bin/env node
// Generates src/generated/schema.ts from the bundled spec with openapi-typescript.
// `--check` fails when the committed file drifts from spec/.
// The programmatic API is used on purpose: the CLI reads redocly.yaml from the CWD and
// ignores its arguments when that file declares `apis:`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const outFile = join(here, '..', 'src', 'generated', 'schema.ts');
const require = createRequire(import.meta.url);
const specPath = require.resolve('@regrws/spec/openapi.yaml');

const header =
  '// Generated from spec/dist/openapi.yaml by packages/client/scripts/generate-types.mjs (openapi-typescript).\n' +
  '// Do not edit: run `npm run generate -w @regrws/client`.\n\n';
const ast = await openapiTS(pathToFileURL(specPath), { silent: true });
const text = header + astToString(ast);

if (process.argv.includes('--check')) {
  let current;
  try { current = readFileSync(outFile, 'utf8'); } catch { current = undefined; }
  if (current !== text) {
    console.error(
      'packages/client/src/generated/schema.ts is out of date with spec/.\n' +
        'Fix: npm run build -w @regrws/spec && npm run generate -w @regrws/client, then commit the result.',
    );
    process.exit(1);
  }
  console.log('client types up to date with spec/dist/openapi.yaml');
} else {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
  console.log(`wrote src/generated/schema.ts (${text.length} chars)`);
}
