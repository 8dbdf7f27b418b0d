#!/usr/bin/env node
// Writes dist/mock-spec.json, the mock-only spec Prism serves, derived from spec/dist/openapi.json.
import { writeFileSync } from 'node:fs';
import { codec } from '@regrws/codec';
import { defaultMockSpecFile, deriveMockSpec, loadBundledSpec } from '../dist/index.js';

const { spec, report } = deriveMockSpec(loadBundledSpec(), codec);
const file = defaultMockSpecFile();
writeFileSync(file, `${JSON.stringify(spec, null, 2)}\n`);
const generated = report.generatedExamples.length ? `; codec-generated examples for ${report.generatedExamples.length} responses without one` : '';
console.log(`mock spec: ${report.operations} operations → ${file}${generated}`);
