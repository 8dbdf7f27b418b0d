// `npm run bench`: one Markdown table of median ratios, each measured side by side against its baseline
// in this run. Plain ESM over the built packages; exits 0 whether or not the goals are met.
//
//   REGRWS_BENCH_RUNS      runs per figure (default 7; the median ratio is reported)
//   REGRWS_BENCH_SECONDS   duration of each throughput run, per side (default 3)
//   REGRWS_BENCH_ONLY      comma-separated subset: decode,encode,client,mock
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
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

// ---------------------------------------------------------------------------------------------------
/** A node:http server on 127.0.0.1 that always answers the POC example. */
async function pocServer(xml) {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(xml) });
      res.end(xml);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, LOOPBACK, resolve));
  return { url: `http://${LOOPBACK}:${server.address().port}`, close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) };
}

async function timeAsync(fn, iterations) {
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) await fn(i);
  return ((performance.now() - t0) * 1e6) / iterations;
}

async function benchClient() {
  const { createRegRwsClient } = await import('@regrws/client');
  const poc = typical[0];
  const server = await pocServer(poc.xml);
  try {
    const client = createRegRwsClient({ apiKey: API_KEY, environment: server.url });
    const parser = new XMLParser(fxpOptions);
    const handle = 'DOEJA5-ARIN';
    const subject = async () => {
      const v = await client.poc.get(handle);
      if (v.handle !== handle) throw new Error('client returned the wrong POC');
    };
    const baseline = async () => {
      const res = await fetch(`${server.url}/rest/poc/${handle}?apikey=${API_KEY}`, { headers: { Accept: 'application/xml' } });
      if (res.status !== 200) throw new Error(`fetch got ${res.status}`);
      const v = parser.parse(await res.text());
      if (v.poc.handle !== handle) throw new Error('parse returned the wrong POC');
    };
    for (let i = 0; i < 5; i++) { await timeAsync(subject, 300); await timeAsync(baseline, 300); } // JIT warm-up of both paths
    const n = 400;
    const ratios = [], s = [], b = [];
    for (let r = 0; r < RUNS; r++) {
      let st, bt;
      if (r % 2) { bt = await timeAsync(baseline, n); st = await timeAsync(subject, n); } else { st = await timeAsync(subject, n); bt = await timeAsync(baseline, n); }
      ratios.push(st / bt); s.push(st); b.push(bt);
    }
    log(`client: poc.get ${(median(s) / 1e3).toFixed(0)} µs/call, fetch+parse ${(median(b) / 1e3).toFixed(0)} µs/call, ratios ${ratios.map((x) => x.toFixed(2)).join(' ')}`);
    row('client call `poc.get()` over loopback', 'hand-written `fetch` + `XMLParser.parse`', `${(median(s) / 1e3).toFixed(0)} µs vs ${(median(b) / 1e3).toFixed(0)} µs per call`, median(ratios), '≤ 1.10×', (x) => x <= 1.1);
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------------
/** Spawns a node process and waits for a line matching `ready`; returns the match and a stop function. */
async function spawnUntil(args, ready, timeoutMs = 60_000, cwd = process.cwd()) {
  const child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  let out = '';
  const match = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after ${timeoutMs} ms: ${out.slice(-500)}`)), timeoutMs);
    const onData = (c) => {
      out += c.toString();
      if (out.length > 100_000) out = out.slice(-50_000);
      const m = ready.exec(out);
      if (m) { clearTimeout(timer); resolve(m); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`exited with ${code}: ${out.slice(-500)}`)); });
  });
  child.stdout.resume();
  child.stderr.resume();
  child.removeAllListeners('exit');
  return {
    match,
    pid: child.pid,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.stdin.end();
      child.kill('SIGTERM');
      setTimeout(() => { if (child.exitCode === null) child.kill('SIGKILL'); }, 3000).unref();
    }),
  };
}

async function freePort() {
  const srv = http.createServer();
  await new Promise((r) => srv.listen(0, LOOPBACK, r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

/** 20 keep-alive connections, each sending one request after another for `seconds`. */
async function load(url, path, headers, seconds, connections = 20) {
  const u = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const deadline = performance.now() + seconds * 1000;
  let ok = 0, bad = 0;
  const statuses = {};
  const errors = {};
  const one = () => new Promise((resolve) => {
    const req = http.request({ host: u.hostname, port: u.port, path, headers, agent, timeout: 10_000 }, (res) => {
      res.resume();
      res.on('end', () => { statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1; if (res.statusCode === 200) ok++; else bad++; resolve(); });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => { errors[e.code ?? e.message] = (errors[e.code ?? e.message] ?? 0) + 1; bad++; resolve(); });
    req.end();
  });
  const t0 = performance.now();
  await Promise.all(Array.from({ length: connections }, async () => { while (performance.now() < deadline) await one(); }));
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  return { rps: ok / elapsed, ok, bad, statuses, errors };
}

async function benchMock() {
  const mockDir = dirname(fileURLToPath(import.meta.resolve('@regrws/mock')));
  const mockSpec = join(mockDir, 'mock-spec.json'); // written by `npm run build -w @regrws/mock`
  if (!existsSync(mockSpec)) throw new Error(`${mockSpec} is missing: build @regrws/mock`);
  const prismCli = require.resolve('@stoplight/prism-cli/dist/index.js', { paths: [mockDir] });
  // The mock in its own process (front server + its Prism child), like `npm start`.
  const mockEntry = `import('@regrws/mock').then(async ({ startMock }) => { const m = await startMock({ port: 0 }); console.log('MOCK_URL=' + m.url); process.stdin.on('end', async () => { await m.close(); process.exit(0); }); process.stdin.resume(); process.on('SIGTERM', async () => { await m.close(); process.exit(0); }); });`;
  const mock = await spawnUntil(['--input-type=module', '-e', mockEntry], /MOCK_URL=(\S+)/, 60_000, mockDir);
  const port = await freePort();
  // Bare Prism with the options the mock gives its own Prism (see packages/mock/src/prism.ts).
  const prism = await spawnUntil([prismCli, 'mock', mockSpec, '--host', LOOPBACK, '--port', String(port), '--multiprocess=false', '--cors=false', '--errors', '--json-schema-faker-fillProperties=false', '--verboseLevel', 'info'], /Prism is listening on/i, 60_000);
  await sleep(300);
  try {
    const mockUrl = mock.match[1];
    const prismUrl = `http://${LOOPBACK}:${port}`;
    const runMock = () => load(mockUrl, `/rest/poc/DOEJA5-ARIN?apikey=${API_KEY}`, { Accept: 'application/xml' }, SECONDS);
    const runPrism = () => load(prismUrl, '/getPoc/DOEJA5-ARIN', { Accept: 'application/xml' }, SECONDS);
    await runMock(); await runPrism(); // warm-up (1 × SECONDS each)
    const runs = Math.max(3, Math.min(RUNS, 5));
    const ratios = [], m = [], p = [];
    for (let r = 0; r < runs; r++) {
      const a = r % 2 ? await runPrism() : await runMock();
      const b = r % 2 ? await runMock() : await runPrism();
      const [mr, pr] = r % 2 ? [b, a] : [a, b];
      if (mr.bad || pr.bad) log(`mock: non-200 answers or errors: mock ${mr.bad} ${JSON.stringify([mr.statuses, mr.errors])}, prism ${pr.bad} ${JSON.stringify([pr.statuses, pr.errors])}`);
      ratios.push(mr.rps / pr.rps); m.push(mr.rps); p.push(pr.rps);
    }
    log(`mock: ${median(m).toFixed(0)} req/s, bare Prism ${median(p).toFixed(0)} req/s, ratios ${ratios.map((x) => x.toFixed(2)).join(' ')}`);
    row('mock throughput (GET POC, 20 keep-alive connections)', 'bare Prism on dist/mock-spec.json', `${median(m).toFixed(0)} vs ${median(p).toFixed(0)} req/s`, median(ratios), '≥ 0.8×', (x) => x >= 0.8);
  } finally {
    await mock.stop();
    await prism.stop();
  }
}

const FIGURES = { decode: benchDecode, encode: benchEncode, client: benchClient, mock: benchMock };

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
