/**
 * The front server: everything between the wire and Prism. It resolves the operation, checks the API
 * key, media types and size, validates XML bodies with the codec, forwards to Prism on loopback, and
 * turns whatever Prism answers into Reg-RWS XML (ErrorPayloads instead of problem+json).
 */
import { readFile } from 'node:fs/promises';
import { Agent, STATUS_CODES, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { XmlEncodeError } from '@regrws/codec';
import type { Codec, OperationInfo } from '@regrws/codec';
import { encodeError, MESSAGES, xmlBodyError, type ArinError, type ErrorComponent } from './errors.js';
import { mockPath, PARKED_400 } from './mock-spec.js';
import { Router, type ResolvedRoute } from './routes.js';
import { SchemaSampler, type OpenApiDocument, type Schema } from './schema-sample.js';

export interface FrontServerOptions {
  codec: Codec;
  /** The bundled spec (spec/dist/openapi.json): the object schemas used to clean dynamic data. */
  spec: OpenApiDocument;
  prismPort: number;
  maxBodyBytes: number;
  /** When set, only these keys are accepted; otherwise any non-empty key is. */
  apiKeys?: readonly string[];
  docsFile?: string;
  prismTimeoutMs: number;
  log?: (line: string) => void;
}

const XML = 'application/xml';
/** Largest answer read back from Prism (generated data is a few KB). */
const MAX_PRISM_BODY = 8 * 1024 * 1024;
/** After an early answer, give up draining a body the client keeps sending after this long. */
const DRAIN_MS = 5000;
/**
 * Idle sockets to Prism are closed after this long, well before Prism's own keep-alive timeout (Node's
 * default, 5 s), so the front server does not pick a socket Prism is closing at the same moment.
 */
const PRISM_IDLE_SOCKET_MS = 2000;
/** Socket errors that mean the peer closed a kept-alive connection just before it was reused. */
const STALE_SOCKET_ERRORS = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const HOP_HEADERS = new Set(['content-type', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'sl-violations']);

class Reject extends Error {
  constructor(readonly error: ArinError) {
    super(error.message);
  }
}

export function createFrontServer(o: FrontServerOptions): Server {
  const router = new Router(o.codec.map.operations);
  const sampler = new SchemaSampler(o.spec);
  const keys = o.apiKeys ? new Set(o.apiKeys) : undefined;
  const responseSchemas = collectResponseSchemas(o.spec);
  const prismAgent = new Agent({ keepAlive: true, timeout: PRISM_IDLE_SOCKET_MS });
  /** The response being written on each socket, so that a parse error on a later pipelined request waits for it. */
  const inFlight = new WeakMap<Duplex, { req: IncomingMessage; res: ServerResponse }>();
  /** Sockets whose bytes Node's parser could not parse; the clientError handler answers them. */
  const failedSockets = new WeakSet<Duplex>();

  const server = createServer((req, res) => {
    const started = Date.now();
    inFlight.set(req.socket, { req, res });
    res.once('close', () => inFlight.get(req.socket)?.res === res && inFlight.delete(req.socket));
    const rawPath = (req.url ?? '/').split('?')[0]!;
    res.on('finish', () => o.log?.(`${req.method} ${rawPath} ${res.statusCode} ${Date.now() - started}ms`));
    handle(req, res, rawPath).catch((e: unknown) => {
      // The parser failed inside this request's body: the clientError handler has answered it.
      if (failedSockets.has(req.socket)) return void res.destroy();
      const error = e instanceof Reject ? e.error : { status: 500, code: 'E_UNSPECIFIED' as const, message: MESSAGES.unspecified };
      if (!(e instanceof Reject)) o.log?.(`internal error on ${req.method} ${rawPath}: ${e instanceof Error ? e.message : String(e)}`);
      sendError(req, res, error);
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  server.on('close', () => prismAgent.destroy());

  // What Node's HTTP parser cannot parse (a garbage request line, bytes after a request without a
  // body, oversized headers, a request that never completes) would get Node's bare `400 Bad Request`:
  // answer an ErrorPayload instead, then close the connection.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (failedSockets.has(socket)) return; // the parser reports every later chunk again
    failedSockets.add(socket);
    o.log?.(`unparsable request: ${err.code ?? 'unknown parser error'}`);
    if (STALE_SOCKET_ERRORS.has(err.code ?? '') || !socket.writable) return void socket.destroy();
    const answer = () => {
      if (!socket.writable) return void socket.destroy();
      socket.end(rawErrorResponse(clientErrorAnswer(err)));
      // Keep reading until the peer closes (closing with unread input would reset the connection
      // and could discard the answer), but not for ever.
      socket.resume();
      setTimeout(() => socket.destroy(), DRAIN_MS).unref();
    };
    const pending = inFlight.get(socket);
    if (pending && !pending.res.writableFinished && (pending.res.headersSent || pending.req.complete)) {
      // An earlier request on this connection, read whole, is still being answered: its answer goes
      // first. (When the error is inside a request's own body, or it timed out, that request is the
      // one answered here, and its handler stops: see failedSockets above.)
      const { res } = pending;
      const giveUp = setTimeout(() => socket.destroy(), o.prismTimeoutMs + DRAIN_MS);
      giveUp.unref();
      res.once('finish', () => (clearTimeout(giveUp), answer()));
      res.once('close', () => res.writableFinished || (clearTimeout(giveUp), socket.destroy()));
      return;
    }
    answer();
  });

  function clientErrorAnswer(err: NodeJS.ErrnoException): ArinError {
    const why = [`The HTTP parser reported ${err.code ?? 'an error'}.`];
    if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, code: 'E_BAD_REQUEST', message: MESSAGES.requestTimeout, additionalInfo: why };
    if (err.code === 'HPE_HEADER_OVERFLOW') return { status: 400, code: 'E_BAD_REQUEST', message: MESSAGES.headersTooLarge, additionalInfo: why };
    return { status: 400, code: 'E_BAD_REQUEST', message: MESSAGES.unparsable, additionalInfo: why };
  }

  function rawErrorResponse(e: ArinError): Buffer {
    const body = Buffer.from(encodeError(o.codec, e), 'utf8');
    const head = [`HTTP/1.1 ${e.status} ${STATUS_CODES[e.status] ?? 'Error'}`, `Date: ${new Date().toUTCString()}`, `Content-Type: ${XML}`, `Content-Length: ${body.length}`, 'Connection: close', '', ''].join('\r\n');
    return Buffer.concat([Buffer.from(head, 'latin1'), body]);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const query = new URLSearchParams((req.url ?? '').split('?').slice(1).join('?'));

    if (o.docsFile && (rawPath === '/docs' || rawPath === '/docs/') && (method === 'GET' || method === 'HEAD')) return serveDocs(req, res, o.docsFile);

    const resolution = router.resolve(method, rawPath);
    if (resolution.kind === 'not-found') throw new Reject({ status: 404, code: 'E_BAD_REQUEST', message: MESSAGES.notFound });
    if (resolution.kind === 'bad-encoding') throw new Reject({ status: 400, code: 'E_BAD_REQUEST', message: `${MESSAGES.badRequest} The path has an invalid percent-escape.` });
    if (resolution.kind === 'method-not-allowed') {
      throw new Reject({ status: 405, code: 'E_METHOD_NOT_ALLOWED', message: `${MESSAGES.methodNotAllowed} Allowed: ${resolution.allowed.join(', ')}.`, headers: { Allow: resolution.allowed.join(', ') } });
    }
    if (resolution.kind === 'bad-matrix') throw new Reject({ status: 400, code: 'E_BAD_REQUEST', message: `${MESSAGES.badRequest} ${resolution.message}` });
    const { operation, params } = resolution.route;

    checkApiKey(req, query, keys);
    checkAccept(req.headers.accept);
    const empty = Object.entries(params).filter(([, v]) => v === '');
    if (empty.length) {
      throw new Reject({ status: 400, code: 'E_BAD_REQUEST', message: MESSAGES.badRequest, components: empty.map(([name]) => ({ name, message: 'The parameter has no value.' })) });
    }

    let body: Buffer | undefined;
    if (operation.request) {
      checkContentType(req.headers['content-type']);
      const root = o.codec.map.payloads[operation.request]?.element ?? operation.request;
      body = await readBody(req, o.maxBodyBytes);
      if (body.length === 0) {
        if (operation.requestRequired !== false) throw new Reject(xmlBodyError([{ severity: 'error', code: 'MALFORMED', path: '', message: `A <${root}> document is required.` }], root));
        body = undefined;
      } else {
        const result = o.codec.validate(body, { payload: operation.request, limits: { maxBytes: o.maxBodyBytes } });
        if (!result.valid) throw new Reject(xmlBodyError(result.issues, root));
      }
    } else {
      // Bodies on calls that take none are ignored, as ARIN does, but still bounded.
      await readBody(req, o.maxBodyBytes);
    }

    const prefer = parsePrefer([req.headers.prefer ?? []].flat().join(", "));
    const answer = await forward(resolution.route, query, body, prefer);
    send(res, answer);
  }

  async function forward(route: ResolvedRoute, query: URLSearchParams, body: Buffer | undefined, prefer: Prefer): Promise<Answer> {
    const { operation } = route;
    const forwardedQuery = new URLSearchParams();
    for (const [k, v] of query) if (k.toLowerCase() !== 'apikey') forwardedQuery.append(k, v);
    const qs = forwardedQuery.toString();
    const path = mockPath(operation, route.params) + (qs ? `?${qs}` : '');
    const headers: Record<string, string> = { Accept: prefer.dynamic ? 'application/json' : XML };
    if (prefer.header) headers.Prefer = prefer.header;
    if (body) {
      headers['Content-Type'] = XML;
      headers['Content-Length'] = String(body.length);
    }
    let reply: PrismReply;
    try {
      reply = await callPrism(prismAgent, o.prismPort, operation.method.toUpperCase(), path, headers, body, o.prismTimeoutMs);
    } catch (e) {
      return errorAnswer({ status: 503, code: 'E_OUTAGE', message: MESSAGES.outage, additionalInfo: [e instanceof Error ? e.message : String(e)] });
    }
    const status = reply.status === Number(PARKED_400) ? 400 : reply.status;
    const type = (reply.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const passHeaders = Object.fromEntries(Object.entries(reply.headers).filter(([h]) => !HOP_HEADERS.has(h) && !h.startsWith('access-control-'))) as Record<string, string>;

    if (type === 'application/problem+json') return errorAnswer(translateProblem(reply.body, operation, o.codec.map.payloads[operation.request ?? '']?.element ?? 'body'));
    if (type === XML) return { status, headers: passHeaders, body: reply.body.toString('utf8') };
    if (type === 'application/json' && prefer.dynamic) {
      const payload = operation.responses[String(status)];
      const schema = responseSchemas.get(`${operation.operationId} ${status}`);
      if (!payload || !schema) return errorAnswer({ status: 500, code: 'E_UNSPECIFIED', message: MESSAGES.unspecified, additionalInfo: [`No XML payload is documented for ${operation.operationId} ${status}.`] });
      const generated: unknown = JSON.parse(reply.body.toString('utf8'));
      const value = sampler.sanitise(generated, schema);
      try {
        return { status, headers: passHeaders, body: o.codec.encode(payload, value, { emptyLists: 'keep' }) };
      } catch (e) {
        if (!(e instanceof XmlEncodeError)) throw e;
        // sanitise() is meant to make this unreachable (the tests draw many samples); if the codec still
        // refuses the cleaned data, the schema's own sample is a valid answer, better than a 500.
        o.log?.(`dynamic ${operation.operationId} ${status}: cleaned data did not validate (${e.message.slice(0, 300)}); answered a schema sample`);
        return { status, headers: passHeaders, body: o.codec.encode(payload, sampler.sample(schema), { emptyLists: 'keep' }) };
      }
    }
    if (reply.body.length === 0) return { status, headers: passHeaders, body: '' };
    return errorAnswer({ status: 500, code: 'E_UNSPECIFIED', message: MESSAGES.unspecified, additionalInfo: [`The mock engine answered ${reply.status} with ${type || 'no media type'}.`] });
  }

  function errorAnswer(e: ArinError): Answer {
    return { status: e.status, headers: e.headers ?? {}, body: encodeError(o.codec, e) };
  }

  function sendError(req: IncomingMessage, res: ServerResponse, e: ArinError): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    send(res, errorAnswer(e), !req.complete);
    if (!req.complete) drain(req);
  }

  return server;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function send(res: ServerResponse, a: Answer, closeAfter = false): void {
  const bytes = Buffer.from(a.body, 'utf8');
  res.writeHead(a.status, {
    ...a.headers,
    ...(bytes.length ? { 'Content-Type': XML } : {}),
    'Content-Length': String(bytes.length),
    ...(closeAfter ? { Connection: 'close' } : {}),
  });
  res.end(bytes);
}

/** Reads and discards what is left of a body we answered early, so the client can read the answer. */
function drain(req: IncomingMessage): void {
  req.removeAllListeners('data');
  req.resume();
  const timer = setTimeout(() => req.socket.destroy(), DRAIN_MS);
  timer.unref();
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
}

function checkApiKey(req: IncomingMessage, query: URLSearchParams, keys: Set<string> | undefined): void {
  // Only the lowercase `apikey` parameter counts, as at ARIN; `APIKEY`/`apiKey` are ignored.
  const fromQuery = query.get('apikey');
  const auth = req.headers.authorization;
  const fromHeader = auth ? /^ApiKey\s+(\S+)\s*$/i.exec(auth)?.[1] : undefined;
  const key = fromQuery ?? fromHeader;
  if (!key || (keys && !keys.has(key))) throw new Reject({ status: 400, code: 'E_AUTHENTICATION', message: MESSAGES.authentication });
}

function checkAccept(accept: string | undefined): void {
  if (!accept) return;
  const ok = accept.split(',').some((range) => {
    const [type = '', ...params] = range.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) return false;
    return type === XML || type === 'text/xml' || type === 'application/*' || type === '*/*';
  });
  if (!ok) {
    // The spec's NotAcceptable example: the component names the header.
    throw new Reject({ status: 406, code: 'E_NOT_ACCEPTABLE', message: MESSAGES.notAcceptable, components: [{ name: 'Accept', message: `Only application/xml can be produced. Received ${JSON.stringify(accept.slice(0, 100))}.` }] });
  }
}

function checkContentType(contentType: string | undefined): void {
  const [type = '', ...params] = (contentType ?? '').split(';').map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/"/g, '');
  if (type !== XML || (charset && charset !== 'utf-8' && charset !== 'us-ascii')) {
    throw new Reject({ status: 415, code: 'E_UNSUPPORTED_MEDIA_TYPE', message: MESSAGES.unsupportedMediaType, components: [{ name: 'Content-Type', message: `Received ${JSON.stringify((contentType ?? '(none)').slice(0, 100))}.` }] });
  }
}

/** Reads the body, counting bytes as they arrive: a body over the limit is answered 413 without being buffered. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = (): Reject => new Reject({ status: 413, code: 'E_BAD_REQUEST', message: MESSAGES.tooLarge, components: [{ name: 'body', message: `The request body is larger than ${limit} bytes.` }] });
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

interface Prefer {
  /** What is forwarded to Prism. */
  header?: string;
  dynamic: boolean;
}

/** Keeps Prism's three preferences; `code=400` is renamed to the parked status (see mock-spec.ts). */
function parsePrefer(value: string | undefined): Prefer {
  if (!value) return { dynamic: false };
  const kept: string[] = [];
  let dynamic = false;
  let example: string | undefined;
  for (const part of value.split(/[,;]/)) {
    const m = /^\s*(code|example|dynamic)\s*=\s*"?([^"]*)"?\s*$/i.exec(part);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const v = m[2]!.trim();
    if (key === 'code') {
      if (!/^\d{3}$/.test(v)) throw new Reject({ status: 400, code: 'E_BAD_REQUEST', message: `${MESSAGES.badRequest} Prefer: code must be a status code.` });
      kept.push(`code=${v === '400' ? PARKED_400 : v}`);
    } else if (key === 'dynamic') {
      dynamic = v.toLowerCase() === 'true';
      kept.push(`dynamic=${dynamic}`);
    } else {
      example = v;
      kept.push(`example=${v}`);
    }
  }
  // A named example is fixed data and dynamic=true asks for generated data: Prism cannot do both
  // (it looks for the example among the generated JSON variant, which has none, and fails with a 500
  // once a code is given too). The request is contradictory, so it is refused as such.
  if (dynamic && example !== undefined) {
    throw new Reject({
      status: 400,
      code: 'E_BAD_REQUEST',
      message: MESSAGES.conflictingPrefer,
      components: [{ name: 'Prefer', message: `example=${example} and dynamic=true cannot be combined: an example is fixed data, dynamic=true generates data. Send one of them.` }],
    });
  }
  return { ...(kept.length ? { header: kept.join(', ') } : {}), dynamic };
}

interface PrismReply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * One request to Prism over the keep-alive agent. A kept-alive socket can be closed by Prism just as it
 * is reused (the request then fails with ECONNRESET before any answer): that request is sent once more
 * on a fresh connection (outside the pool), as Node's documentation advises. Prism keeps no state, so a resend is harmless.
 */
async function callPrism(agent: Agent, port: number, method: string, path: string, headers: Record<string, string>, body: Buffer | undefined, timeoutMs: number): Promise<PrismReply> {
  try {
    return await callPrismOnce(agent, port, method, path, headers, body, timeoutMs);
  } catch (e) {
    if (!(e instanceof StaleSocketError)) throw e;
    return callPrismOnce(false, port, method, path, headers, body, timeoutMs);
  }
}

class StaleSocketError extends Error {}

function callPrismOnce(agent: Agent | false, port: number, method: string, path: string, headers: Record<string, string>, body: Buffer | undefined, timeoutMs: number): Promise<PrismReply> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, timeout: timeoutMs, agent }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_PRISM_BODY) return void res.destroy(new Error('the mock engine answered with an oversized body'));
        chunks.push(c);
      });
      res.on('end', () => {
        const h: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode ?? 500, headers: h, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`the mock engine did not answer within ${timeoutMs} ms`)));
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (!answered && req.reusedSocket && STALE_SOCKET_ERRORS.has(e.code ?? '')) reject(new StaleSocketError(e.message));
      else reject(e);
    });
    req.end(body);
  });
}

/** Prism's problem+json → the ARIN error a real server would give for the same fault. */
function translateProblem(body: Buffer, operation: OperationInfo, root: string): ArinError {
  let problem: { type?: string; status?: number; detail?: string; validation?: { location?: string[]; message?: string }[] } = {};
  try {
    problem = JSON.parse(body.toString('utf8'));
  } catch {
    // fall through with an empty problem
  }
  const type = String(problem.type ?? '').replace(/^.*#/, '');
  const detail = problem.detail ? [problem.detail] : [];
  switch (type) {
    case 'UNPROCESSABLE_ENTITY': {
      const v = problem.validation ?? [];
      // Prism lower-cases parameter names in its report; name them as the spec does.
      const declared = (n: string) => operation.params.find((p) => p.name.toLowerCase() === n.toLowerCase())?.name ?? n;
      const components: ErrorComponent[] = v.map((x) => ({
        name: x.location?.[0] === 'body' ? `/${root}` : declared(x.location?.[1] ?? x.location?.[0] ?? 'request'),
        message: x.message ?? 'invalid',
      }));
      if (v.some((x) => x.location?.[0] === 'body')) {
        return { status: 400, code: 'E_SCHEMA_VALIDATION', message: MESSAGES.schemaValidation, components };
      }
      return { status: 400, code: 'E_BAD_REQUEST', message: MESSAGES.badRequest, components };
    }
    case 'NOT_FOUND':
      // Only a Prefer header asking for an undocumented status or example gets here.
      return { status: 400, code: 'E_BAD_REQUEST', message: `The Prefer header asks ${operation.operationId} for a scenario the spec does not document.`, additionalInfo: detail };
    case 'NOT_ACCEPTABLE':
      return { status: 406, code: 'E_NOT_ACCEPTABLE', message: MESSAGES.notAcceptable, additionalInfo: detail };
    case 'INVALID_CONTENT_TYPE':
      return { status: 415, code: 'E_UNSUPPORTED_MEDIA_TYPE', message: MESSAGES.unsupportedMediaType, additionalInfo: detail };
    case 'UNAUTHORIZED':
      return { status: 400, code: 'E_AUTHENTICATION', message: MESSAGES.authentication };
    case 'NO_PATH_MATCHED_ERROR':
      return { status: 404, code: 'E_BAD_REQUEST', message: MESSAGES.notFound };
    case 'NO_METHOD_MATCHED_ERROR':
      return { status: 405, code: 'E_METHOD_NOT_ALLOWED', message: MESSAGES.methodNotAllowed };
    default:
      return { status: 500, code: 'E_UNSPECIFIED', message: MESSAGES.unspecified, additionalInfo: [`The mock engine reported ${type || 'an unknown problem'}.`, ...detail] };
  }
}

async function serveDocs(req: IncomingMessage, res: ServerResponse, file: string): Promise<void> {
  let html: Buffer;
  try {
    html = await readFile(file);
  } catch {
    throw new Reject({ status: 404, code: 'E_BAD_REQUEST', message: 'The docs page has not been built (npm run build -w @regrws/docs).' });
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(html.length) });
  res.end(req.method === 'HEAD' ? undefined : html);
}

/** `operationId status` → the object schema of that XML response in the bundled spec. */
function collectResponseSchemas(spec: OpenApiDocument): Map<string, Schema> {
  const sampler = new SchemaSampler(spec);
  const out = new Map<string, Schema>();
  for (const rawItem of Object.values((spec.paths ?? {}) as Record<string, Schema>)) {
    const item = sampler.resolve(rawItem);
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const op = item[method] as Schema | undefined;
      if (!op) continue;
      for (const [status, raw] of Object.entries((op.responses ?? {}) as Record<string, Schema>)) {
        const schema = ((sampler.resolve(raw).content as Record<string, Schema> | undefined)?.[XML])?.schema as Schema | undefined;
        if (schema) out.set(`${String(op.operationId)} ${status}`, schema);
      }
    }
  }
  return out;
}

