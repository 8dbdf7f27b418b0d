// `npm run bench`: one Markdown table of median ratios, each measured side by side against its baseline
// in this run. Plain ESM over the built packages; exits 0 whether or not the goals are met.
//
//   REGRWS_BENCH_RUNS      runs per figure (default 7; the median ratio is reported)
//   REGRWS_BENCH_SECONDS   duration of each throughput run, per side (default 3)
//   REGRWS_BENCH_ONLY      comma-separated subset: decode,encode,client,mock
import { spawn } from 'node:child_process';
import { readFileSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { codec } from '@regrws/codec';

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@regrws/spec/openapi.json'), 'utf8'));
const RUNS = Math.max(3, Number(process.env.REGRWS_BENCH_RUNS ?? 7));
const SECONDS = Math.max(1, Number(process.env.REGRWS_BENCH_SECONDS ?? 3));
const ONLY = process.env.REGRWS_BENCH_ONLY ? new Set(process.env.REGRWS_BENCH_ONLY.split(',')) : undefined;
const API_KEY = 'API-1234-1234-1234-1234';
const LOOPBACK = '127.0.0.1';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (...a) => console.error('[bench]', ...a);

function example(path, method, status, name) {
  const media = spec.paths[path][method].responses[status].content['application/xml'];
  const ex = media.examples[name];
  const ref = ex.$ref ? ex.$ref.split('/').pop() : undefined;
  return { payload: media.schema.$ref.split('/').pop(), xml: ref ? spec.components.examples[ref].value : ex.value, name: `${media.schema.$ref.split('/').pop()}:${name}` };
}

// The typical payloads: the spec's own examples.
const typical = [
  example('/rest/poc/{pocHandle}', 'get', '200', 'person'),
  example('/rest/net/{netHandle}', 'get', '200', 'directAllocation'),
  example('/rest/ticket/{ticketNo}', 'get', '200', 'withMessages'),
];

// fast-xml-parser configured to read the same information the codec reads (attributes included).
const fxpOptions = { ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, trimValues: true };

/** Times `fn` for `iterations` calls, returns ns per call. */
function timeSync(fn, iterations) {
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) fn(i);
  return ((performance.now() - t0) * 1e6) / iterations;
}

/** Calibrates the iteration count so that one side takes about `targetMs`. */
function calibrate(fn, targetMs = 150) {
  let n = 50;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn(i);
    const ms = performance.now() - t0;
    if (ms > 40 || n > 1e6) return Math.max(50, Math.ceil((n * targetMs) / Math.max(ms, 1)));
    n *= 4;
  }
}

/** Side-by-side CPU ratio: each run times subject and baseline alternately (order flipped every run). */
function ratioSync(subject, baseline) {
  for (let i = 0; i < 3; i++) { timeSync(subject, 200); timeSync(baseline, 200); } // warm-up / JIT
  const n = calibrate(baseline);
  const ratios = [];
  const subjectNs = [];
  const baselineNs = [];
  for (let r = 0; r < RUNS; r++) {
    let s, b;
    if (r % 2) { b = timeSync(baseline, n); s = timeSync(subject, n); } else { s = timeSync(subject, n); b = timeSync(baseline, n); }
    ratios.push(s / b);
    subjectNs.push(s);
    baselineNs.push(b);
  }
  return { ratio: median(ratios), subject: median(subjectNs), baseline: median(baselineNs), ratios };
}

const rows = [];
function row(figure, baseline, detail, ratio, goal, meets) {
  rows.push({ figure, baseline, detail, ratio, goal, met: meets(ratio) });
}

// ---------------------------------------------------------------------------------------------------
async function benchDecode() {
  const parser = new XMLParser(fxpOptions);
  for (const p of typical) {
    const xml = p.xml;
    codec.decode(xml, { payload: p.payload }); // fails loudly if the example does not decode
    const r = ratioSync(() => codec.decode(xml, { payload: p.payload }), () => parser.parse(xml));
    log(`decode ${p.name}: codec ${(r.subject / 1e3).toFixed(1)} µs, fast-xml-parser ${(r.baseline / 1e3).toFixed(1)} µs, ratios ${r.ratios.map((x) => x.toFixed(2)).join(' ')}`);
    row(`codec decode ${p.name}`, 'fast-xml-parser `parse`', `${(r.subject / 1e3).toFixed(1)} µs vs ${(r.baseline / 1e3).toFixed(1)} µs`, r.ratio, '≤ 1.25×', (x) => x <= 1.25);
  }
}

async function benchEncode() {
  const parser = new XMLParser(fxpOptions);
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: false, suppressEmptyNode: true });
  for (const p of typical) {
    const value = codec.decode(p.xml, { payload: p.payload }).value;
    const equivalent = parser.parse(p.xml); // the same document as fast-xml-parser's object
    const r = ratioSync(() => codec.encode(p.payload, value), () => builder.build(equivalent));
    log(`encode ${p.name}: codec ${(r.subject / 1e3).toFixed(1)} µs, XMLBuilder ${(r.baseline / 1e3).toFixed(1)} µs, ratios ${r.ratios.map((x) => x.toFixed(2)).join(' ')}`);
    row(`codec encode ${p.name}`, 'XMLBuilder `build`', `${(r.subject / 1e3).toFixed(1)} µs vs ${(r.baseline / 1e3).toFixed(1)} µs`, r.ratio, '≤ 1.25×', (x) => x <= 1.25);
  }
}

const FIGURES = { decode: benchDecode, encode: benchEncode };

for (const [name, fn] of Object.entries(FIGURES)) {
  if (ONLY && !ONLY.has(name)) continue;
  try {
    await fn();
  } catch (e) {
    log(`${name} failed:`, e?.stack ?? e);
    rows.push({ figure: name, baseline: '-', detail: `failed: ${String(e?.message ?? e).slice(0, 120)}`, ratio: NaN, goal: '-', met: false });
  }
}

console.log(`\nregrws bench — node ${process.version}, ${RUNS} runs per figure, median ratio (subject ÷ baseline; throughput: subject ÷ baseline req/s)\n`);
console.log('| figure | baseline | median (subject vs baseline) | ratio | goal | met |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.figure} | ${r.baseline} | ${r.detail} | ${Number.isNaN(r.ratio) ? 'n/a' : r.ratio.toFixed(2) + '×'} | ${r.goal} | ${r.met ? 'yes' : 'no'} |`);
process.exit(0);
