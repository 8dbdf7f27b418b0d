// At least 10,000 generated malformed or hostile requests against the running mock (fast-check, fixed
// seed, printed). The mock must not crash, never answer 5xx, and answer every 4xx with an ErrorPayload.
//   REGRWS_FUZZ_RUNS   number of requests (default 10000)
//   REGRWS_FUZZ_SEED   fast-check seed (default 20260728)
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPayloadProblems, runningMock } from '../support/mock.js';
import { buildPath, operations, sampleParams } from '../support/spec.js';
import { accepts, authorizations, contentTypes, hostileBodies, hostileSegments, keyParams, prefers } from './hostile.fixture.js';

const RUNS = Number(process.env.REGRWS_FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.REGRWS_FUZZ_SEED ?? 20260728);
const CONCURRENCY = 6;

interface FuzzRequest { method: string; path: string; headers: Record<string, string>; body?: Buffer }

// ---- generators -------------------------------------------------------------------------------------
const validBodies = operations.flatMap((op) => op.request?.examples.map((e) => e.xml) ?? []);
const pathChar = fc.constantFrom(...'abcXYZ019-_.~!$&\'()*+,;=:@%/'.split(''));
const hostileSegment = fc.oneof(fc.constantFrom(...hostileSegments), fc.string({ unit: pathChar, maxLength: 40 }));

/** A path: an operation's template filled with sample or hostile values, mutated; or pure noise. */
const pathArb: fc.Arbitrary<{ path: string; method: string | undefined }> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constantFrom(...operations), hostile: fc.dictionary(fc.constantFrom('pocHandle', 'orgHandle', 'netHandle', 'parentNetHandle', 'customerHandle', 'ticketNo', 'number', 'email', 'type', 'pocFunction', 'ticketStatus', 'ticketType', 'makeLink'), hostileSegment, { maxKeys: 2 }) }).map(({ op, hostile }) => {
    const values = { ...sampleParams(op) };
    // hostile values go in raw (already URL-safe characters), sample values encoded
    let path = buildPath(op, values);
    for (const [name, v] of Object.entries(hostile)) if (name in values) path = path.replace(encodeURIComponent(values[name]!), v);
    return { path, method: op.method.toUpperCase() };
  }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom(...operations), extra: fc.constantFrom('', '/', '//', ';', ';x=y', '/extra', ';type=O;type=F', '?', '#frag') }).map(({ op, extra }) => ({ path: buildPath(op, sampleParams(op)) + extra, method: op.method.toUpperCase() })) },
  { weight: 1, arbitrary: fc.array(hostileSegment, { minLength: 1, maxLength: 6 }).map((s) => ({ path: `/rest/${s.join('/')}`, method: undefined })) },
  { weight: 1, arbitrary: fc.constantFrom('/', '/rest', '/rest/', '/docs', '/favicon.ico', '/getPoc/DOEJA5-ARIN', '/%2e%2e/%2e%2e/etc/passwd', '*').map((path) => ({ path, method: undefined })) },
);

/** A body: nothing, a valid example, a mutated example, a hostile document, or random bytes. */
const bodyArb: fc.Arbitrary<Buffer | undefined> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom(...validBodies).map((b) => Buffer.from(b)) },
  { weight: 4, arbitrary: fc.record({ b: fc.constantFrom(...validBodies), at: fc.nat(), cut: fc.nat(), insert: fc.constantFrom('<', '>', '&', '&amp', '</x>', '<x>', ']]>', '<!--', '\u0000', '\uFFFE', '"', "'", '<!DOCTYPE a>', '<?pi?>', 'xmlns=""', '<handle>A</handle>', '') }).map(({ b, at, cut, insert }) => {
    const i = at % (b.length + 1);
    return Buffer.from(b.slice(0, i) + insert + b.slice(i + (cut % 20)));
  }) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileBodies).map((b) => Buffer.from(b)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((u) => Buffer.from(u)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => Buffer.from(s)) },
);

const requestArb: fc.Arbitrary<FuzzRequest> = fc
  .record({
    // The operation's own method most of the time, so that requests get past the router.
    ownMethod: fc.boolean(),
    otherMethod: fc.constantFrom('GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'get', 'PROPFIND'),
    target: pathArb,
    key: fc.oneof({ weight: 3, arbitrary: fc.constant(keyParams[0]!) }, { weight: 2, arbitrary: fc.constantFrom(...keyParams) }),
    query: fc.constantFrom('', 'msgRefs=true', 'msgRefs=maybe', 'msgRefs=', 'a=1&a=2', '%zz=1', 'x=' + 'y'.repeat(1000)),
    contentType: fc.option(fc.constantFrom(...contentTypes), { nil: undefined }),
    accept: fc.option(fc.constantFrom(...accepts), { nil: undefined }),
    prefer: fc.option(fc.constantFrom(...prefers), { nil: undefined }),
    authorization: fc.option(fc.constantFrom(...authorizations), { nil: undefined }),
    body: bodyArb,
  })
  .map((r) => {
    const method = r.ownMethod && r.target.method ? r.target.method : r.otherMethod;
    const path0 = r.target.path;
    const q = [r.key, r.query].filter(Boolean).join('&');
    const path = path0 === '*' ? '*' : path0.includes('?') ? `${path0}&${q}` : q ? `${path0}?${q}` : path0;
    const headers: Record<string, string> = {};
    if (r.contentType !== undefined) headers['Content-Type'] = r.contentType;
    if (r.accept !== undefined) headers.Accept = r.accept;
    if (r.prefer !== undefined) headers.Prefer = r.prefer;
    if (r.authorization !== undefined) headers.Authorization = r.authorization;
    return { method, path, headers, ...(r.body === undefined ? {} : { body: r.body }) };
  });

// ---- run -------------------------------------------------------------------------------------------
let mock: Awaited<ReturnType<typeof runningMock>>;
beforeAll(async () => {
  mock = await runningMock();
});
afterAll(async () => {
  await mock?.close();
});

const redacted = (s: string) => s.replace(/(apikey=)[^&]*/gi, '$1…').replace(/(ApiKey\s+)\S+/g, '$1…');

describe('fuzz', () => {
  it(`${RUNS} malformed or hostile requests: no crash, no 5xx, an ErrorPayload on every 4xx (seed ${SEED})`, async () => {
    expect(Number.isInteger(RUNS) && RUNS > 0, 'REGRWS_FUZZ_RUNS').toBe(true);
    const started = Date.now();
    const requests = fc.sample(requestArb, { seed: SEED, numRuns: RUNS });
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const i = next++;
        const r = requests[i]!;
        const where = `#${i} ${r.method} ${redacted(r.path).slice(0, 120)} ${redacted(JSON.stringify(r.headers)).slice(0, 200)} body=${r.body ? JSON.stringify(r.body.toString('latin1').slice(0, 80)) : 'none'}`;
        try {
          const reply = await mock.send({ method: r.method, path: r.path, headers: r.headers, ...(r.body ? { body: r.body } : {}), timeoutMs: 15_000 });
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          if (reply.status >= 500) failures.push(`${where} → ${reply.status} ${reply.body.slice(0, 300)}`);
          else if (reply.status >= 400) {
            const problems = errorPayloadProblems(reply);
            if (problems.length) failures.push(`${where} → ${reply.status} without an ErrorPayload: ${problems.join('; ')} ${reply.body.slice(0, 200)}`);
          } else if (reply.status < 200 || reply.status >= 300) failures.push(`${where} → unexpected status ${reply.status}`);
        } catch (e) {
          failures.push(`${where} → transport failure (crash?): ${(e as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (Date.now() - started) / 1000;
    const alive = mock.mock.prism.alive();
    console.log(
      `fuzz: ${RUNS} requests, seed ${SEED}, ${seconds.toFixed(1)} s (${(RUNS / seconds).toFixed(0)} req/s), ${failures.length} failures, Prism alive: ${alive}\n` +
        `fuzz: statuses ${[...statuses.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ')}\n` +
        `fuzz: replay with REGRWS_FUZZ_SEED=${SEED} REGRWS_FUZZ_RUNS=${RUNS}`,
    );
    if (process.env.FUZZ_DUMP) (await import("node:fs")).writeFileSync(process.env.FUZZ_DUMP, failures.join("\n"));
    expect(failures.slice(0, 20)).toEqual([]);
    expect(alive).toBe(true);
    // The front server still answers a valid request after the storm.
    const after = await mock.send({ method: 'GET', path: '/rest/poc/DOEJA5-ARIN?apikey=API-1234-1234-1234-1234', headers: {} });
    expect(after.status).toBe(200);
    // Not all rejected at the door: the generator reaches the codec, Prism and successful answers too.
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
    expect(statuses.size).toBeGreaterThanOrEqual(5);
  }, 600_000);
});
