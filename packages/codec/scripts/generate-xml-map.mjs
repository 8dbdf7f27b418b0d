#!/usr/bin/env node
// Generates src/generated/*.ts from the bundled spec. `--check` fails when the committed files drift from spec/.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildXmlMap } from '../dist/map/build.js';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'src', 'generated');
const require = createRequire(import.meta.url);
const specPath = require.resolve('@regrws/spec/openapi.json');
const doc = JSON.parse(readFileSync(specPath, 'utf8'));
const map = buildXmlMap(doc);

const header = '// Generated from spec/ by packages/codec/scripts/generate-xml-map.mjs. Do not edit: run `npm run generate`.\n';
const files = {
  'xml-map.ts': `${header}import type { XmlMap } from '../types.js';\n\nexport const xmlMap: XmlMap = ${JSON.stringify(map, null, 2)};\n`,
  'known-values.ts': header + knownValues(doc),
};

function knownValues(spec) {
  let out = '';
  for (const [name, s] of Object.entries(spec.components?.schemas ?? {})) {
    const closed = Array.isArray(s.enum) && s.type !== 'object';
    const open = Array.isArray(s['x-extensible-enum']);
    if (!closed && !open) continue;
    const values = closed ? s.enum : s['x-extensible-enum'];
    const doc = (s.description ?? s.title ?? '').split('\n')[0].replace(/\*\//g, '');
    out += `\n/** ${doc || name}${open ? ' (open set: other values may appear)' : ''} */\n`;
    out += `export const ${name}Values = ${JSON.stringify(values)} as const;\n`;
    out += open
      ? `export type ${name} = (typeof ${name}Values)[number] | (string & {});\n`
      : `export type ${name} = (typeof ${name}Values)[number];\n`;
    if (s['x-enumDescriptions']) {
      out += `export const ${name}Descriptions: Readonly<Record<string, string>> = ${JSON.stringify(s['x-enumDescriptions'], null, 2)};\n`;
    }
  }
  return out || '\nexport {};\n';
}

if (process.argv.includes('--check')) {
  const drift = Object.entries(files).filter(([f, text]) => {
    try { return readFileSync(join(outDir, f), 'utf8') !== text; } catch { return true; }
  });
  if (drift.length) {
    console.error(`Generated code is out of date with spec/: ${drift.map(([f]) => `packages/codec/src/generated/${f}`).join(', ')}.\nRun \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log(`xml map up to date (${Object.keys(map.payloads).length} payloads, ${map.operations.length} operations)`);
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(outDir, f), text);
  console.log(`wrote ${Object.keys(files).join(', ')} (${Object.keys(map.payloads).length} payloads, ${map.operations.length} operations)`);
}
