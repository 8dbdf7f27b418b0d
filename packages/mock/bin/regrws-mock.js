#!/usr/bin/env node
// `regrws-mock --port 4010 [--docs <index.html>] [--max-body-bytes N] [--verbose]`
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { startMock } from '../dist/index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT || '4010' },
    docs: { type: 'string' },
    'max-body-bytes': { type: 'string' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
const USAGE = 'Usage: regrws-mock [--port 4010] [--docs path/to/index.html] [--max-body-bytes 1048576] [--verbose]';
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
function usageError(message) {
  console.error(`regrws-mock: ${message}\n${USAGE}`);
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  usageError(`--port must be 0-65535, got ${values.port}`);
}
// Digits only: Number('abc') is NaN, and no body size is ever greater than NaN, so a typo would lift the limit.
const maxBodyBytes = values['max-body-bytes'] === undefined ? undefined : Number(values['max-body-bytes']);
if (maxBodyBytes !== undefined && !(/^\d+$/.test(values['max-body-bytes']) && Number.isSafeInteger(maxBodyBytes) && maxBodyBytes > 0)) {
  usageError(`--max-body-bytes must be a positive integer (bytes), got "${values['max-body-bytes']}"`);
}

// Serve the rendered docs beside the mock when @regrws/docs has been built.
function findDocs() {
  if (values.docs) return values.docs;
  try {
    const file = join(dirname(createRequire(import.meta.url).resolve('@regrws/docs/package.json')), 'dist', 'index.html');
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}
const docsFile = findDocs();

const mock = await startMock({
  port,
  ...(docsFile ? { docsFile } : {}),
  ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
  log: (line) => {
    if (values.verbose || !line.startsWith('prism: ')) console.log(line);
  },
});
console.log(`Reg-RWS mock listening on ${mock.url} (e.g. ${mock.url}/rest/poc/DOEJA5-ARIN?apikey=API-1234-1234-1234-1234)`);
if (docsFile) console.log(`Docs: ${mock.url}/docs`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    mock.close().then(() => process.exit(0), () => process.exit(1));
  });
}
