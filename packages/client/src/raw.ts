import { codec, XmlCodecError, type OperationInfo, type XmlIssue } from '@regrws/codec';
import createClient, { createQuerySerializer, type Client, type Middleware, type QuerySerializer, type QuerySerializerOptions } from 'openapi-fetch';
import type { FetchLike } from './config.js';
import {
  RegRwsAbortError,
  RegRwsApiError,
  RegRwsArgumentError,
  RegRwsError,
  RegRwsNetworkError,
  RegRwsResponseError,
  RegRwsTimeoutError,
  type RequestSummary,
  type ResponseProblem,
} from './errors.js';
import type { components, paths } from './generated/schema.js';
import { redactCause, redactIssues, type Redactor } from './redact.js';
import { isRetryable, parseRetryAfter, retryDelay, type RetryPolicy } from './retry.js';
import { anySignal } from './signals.js';

/**
 * openapi-fetch's own client type over the generated `paths`: every operation of the spec, typed.
 * Bodies are typed objects (encoded to XML by the codec in a per-request `bodySerializer`), `data` is
 * the decoded typed object, and every non-2xx answer is thrown as a `RegRwsError` instead of being
 * returned as `error`.
 */
export type RegRwsRawClient = Client<paths>;

export interface Runtime {
  baseUrl: string;
  apiKey: string;
  apiKeyIn: 'query' | 'header';
  fetch: FetchLike | undefined;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  retry: RetryPolicy | undefined;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
  random: () => number;
  redact: Redactor;
  onWarnings: ((warnings: XmlIssue[], context: { operationId: string }) => void) | undefined;
}

type ErrorPayload = components['schemas']['Error'];

const XML = 'application/xml';
const EXCERPT_LENGTH = 200;

const operationsByRoute = new Map<string, OperationInfo>(
  codec.map.operations.map((o) => [routeKey(o.method, o.path), o]),
);

function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

/** The spec's operation for a method and path template, as openapi-fetch's `schemaPath`. */
export function operationFor(method: string, schemaPath: string): OperationInfo | undefined {
  return operationsByRoute.get(routeKey(method, schemaPath));
}

function summary(op: OperationInfo, redact: Redactor, url?: string): RequestSummary {
  return { operationId: op.operationId, method: op.method.toUpperCase(), ...(url === undefined ? {} : { url: redact(url) }) };
}

/**
 * Adds the API key header to a request built by openapi-fetch (header mode only; in query mode the key is
 * put in by the query serializer, when the URL is built). Used on the middleware path only, so that
 * middlewares added with `raw.use` see the request as it will be sent.
 */
function authMiddleware(rt: Runtime): Middleware {
  return {
    onRequest({ request }) {
      const headers = new Headers(request.headers);
      headers.set('Authorization', `ApiKey ${rt.apiKey}`);
      return new Request(request, { headers });
    },
  };
}

/**
 * The query serializer that adds the `apikey` parameter (lowercase, as Reg-RWS requires) when the URL is
 * built, so that the request never has to be copied to add it. With other parameters the query is
 * re-serialised by `URLSearchParams.set`, exactly as a `URL`'s `searchParams.set` would do it.
 */
function withApiKey(apiKey: string, serialize: QuerySerializer<unknown>): QuerySerializer<unknown> {
  const alone = new URLSearchParams({ apikey: apiKey }).toString();
  return (query) => {
    let search = serialize(query);
    if (search.startsWith('?')) search = search.slice(1);
    if (search === '') return alone;
    const params = new URLSearchParams(search);
    params.set('apikey', apiKey);
    return params.toString();
  };
}

function isXmlContentType(contentType: string | null): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml');
}

function responseError(
  rt: Runtime,
  op: OperationInfo,
  request: Request,
  response: Response,
  text: string,
  problem: ResponseProblem,
  detail?: string,
  cause?: unknown,
): RegRwsResponseError {
  return new RegRwsResponseError({
    status: response.status,
    problem,
    contentType: response.headers.get('content-type') ?? undefined,
    // Redact before cutting, so that a key split by the cut cannot survive.
    bodyExcerpt: rt.redact(text).slice(0, EXCERPT_LENGTH),
    ...(detail === undefined ? {} : { detail: rt.redact(detail) }),
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), rt.now()),
    request: summary(op, rt.redact, request.url),
    cause: redactCause(rt.redact, cause),
  });
}

/** Decodes a body with the shared codec; every failure becomes a `RegRwsResponseError`. */
function decodeBody<T>(rt: Runtime, op: OperationInfo, request: Request, response: Response, text: string, payload: string): T {
  if (text.trim() === '') throw responseError(rt, op, request, response, text, 'empty', `expected ${payload}`);
  if (!isXmlContentType(response.headers.get('content-type')) || !text.trimStart().startsWith('<')) {
    throw responseError(rt, op, request, response, text, 'not-xml');
  }
  try {
    const { value, warnings } = codec.decode<T>(text, { payload });
    // The codec quotes stray text the server sent, which may echo the key.
    if (warnings.length) rt.onWarnings?.(redactIssues(rt.redact, warnings), { operationId: op.operationId });
    return value;
  } catch (error) {
    if (!(error instanceof XmlCodecError)) throw error;
    const found = codec.detect(text);
    if (found !== undefined && found !== payload) {
      throw responseError(rt, op, request, response, text, 'unexpected-payload', `expected ${payload}, got ${found}`, error);
    }
    throw responseError(rt, op, request, response, text, 'undecodable', error.message, error);
  }
}

/** A 2xx answer, read: the decoded value and what is needed to hand the answer on. */
interface Answer {
  value: unknown;
  text: string;
  nullBody: boolean;
}

/**
 * Reads an answer with the codec. A non-2xx answer is thrown as a typed error; a 2xx answer is decoded
 * (its body is read once, here).
 */
async function readAnswer(rt: Runtime, op: OperationInfo, request: Request, response: Response): Promise<Answer> {
  const nullBody = response.status === 204 || response.status === 205 || response.status === 304;
  const text = nullBody ? '' : await response.text();
  if (response.ok) {
    const payload = successPayload(op, response.status);
    const value = payload === null ? undefined : decodeBody(rt, op, request, response, text, payload);
    const node = payload === null ? undefined : codec.map.schemas[payload];
    // A `<ticketedRequest/>` with neither net nor ticket cannot be told done from pending: refuse it.
    if (node?.kind === 'object' && node.minProperties && Object.keys(value as object).length < node.minProperties) {
      throw responseError(rt, op, request, response, text, 'unexpected-payload', `${payload} needs at least ${node.minProperties} child element(s)`);
    }
    return { value, text, nullBody };
  }
  const payload = decodeBody<ErrorPayload>(rt, op, request, response, text, 'Error');
  throw new RegRwsApiError({
    status: response.status,
    code: rt.redact(payload.code),
    serverMessage: rt.redact(payload.message),
    components: (payload.components ?? []).map((c) => ({
      ...(c.name === undefined ? {} : { name: rt.redact(c.name) }),
      ...(c.message === undefined ? {} : { message: rt.redact(c.message) }),
    })),
    additionalInfo: (payload.additionalInfo ?? []).map(rt.redact),
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), rt.now()),
    request: summary(op, rt.redact, request.url),
  });
}

/** The answer handed on: a copy of the body without the URL, which holds the key in query mode. */
function handedOn(response: Response, answer: Answer): Response {
  return new Response(answer.nullBody ? null : answer.text, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A failure before any answer arrived, as a `RegRwsNetworkError` (errors the client made itself pass through). */
function networkError(rt: Runtime, op: OperationInfo, request: Request, error: unknown): unknown {
  if (error instanceof RegRwsError) return error;
  return new RegRwsNetworkError(`Reg-RWS request failed before an answer arrived on ${op.operationId}: ${rt.redact(messageOf(error))}`, {
    request: summary(op, rt.redact, request.url),
    cause: redactCause(rt.redact, error),
  });
}

/**
 * The middleware path (taken only when middlewares were added with `raw.use` or a call's `middleware`):
 * reads every answer after those middlewares saw it, and hands on a decoded copy (keyed in `decoded`).
 */
function answerMiddleware(rt: Runtime, decoded: WeakMap<Response, unknown>): Middleware {
  return {
    async onResponse({ request, response, schemaPath }) {
      const op = operationFor(request.method, schemaPath);
      if (!op) return undefined;
      const answer = await readAnswer(rt, op, request, response);
      const copy = handedOn(response, answer);
      decoded.set(copy, answer.value);
      return copy;
    },
    onError({ request, error, schemaPath }) {
      const op = operationFor(request.method, schemaPath);
      if (!op || error instanceof RegRwsError) return undefined;
      return networkError(rt, op, request, error) as Error;
    },
  };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const inner = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.message}${inner}`;
  }
  return String(error);
}

interface AttemptResult {
  data: unknown;
  response: Response;
}

/** `{ data, response }` whose `response` copy is only built when it is read (the facade never reads it). */
function lazyResult(response: Response, answer: Answer): AttemptResult {
  let copy: Response | undefined;
  return {
    data: answer.value,
    get response() {
      return (copy ??= handedOn(response, answer));
    },
  };
}

export function createRawClient(rt: Runtime): RegRwsRawClient {
  const inner = createClient<paths>({
    baseUrl: rt.baseUrl,
    // Content-Type on every call: production answers 415 to some body-less GETs without it.
    headers: { 'Content-Type': XML, Accept: XML },
    // In query mode the key goes into the URL when it is built: the request is never copied to add it.
    ...(rt.apiKeyIn === 'query' ? { querySerializer: withApiKey(rt.apiKey, createQuerySerializer()) } : {}),
  });
  const authorization = `ApiKey ${rt.apiKey}`;
  const decoded = new WeakMap<Response, unknown>();
  // Middlewares added with `raw.use`. Without any, a call runs no middleware at all: the answer is read
  // inside the fetch openapi-fetch calls (see `attempt`), which is much cheaper than a middleware chain.
  const userMiddlewares: Middleware[] = [];
  const ownMiddlewares: Middleware[] = [...(rt.apiKeyIn === 'header' ? [authMiddleware(rt)] : []), answerMiddleware(rt, decoded)];
  // The typed surface is the wrapper below; inside, calls are routed by operation, not by literal path.
  const untyped = inner as unknown as {
    request(method: string, path: string, init: Record<string, unknown>): Promise<{ response: Response }>;
  };

  async function attempt(op: OperationInfo, schemaPath: string, init: CallInit, callSignal: AbortSignal | undefined): Promise<AttemptResult> {
    const timeout = rt.timeoutMs > 0 ? new AbortController() : undefined;
    const timer = timeout ? setTimeout(() => timeout.abort(new Error('timeout')), rt.timeoutMs) : undefined;
    const combined = anySignal([callSignal, timeout?.signal]);
    try {
      const requestPayload = op.request;
      const { fetch: callFetch, middleware: callMiddlewares, ...rest } = init.rest;
      // Looked up per call, so a global fetch installed later (or stubbed in a test) is used.
      const send = (request: Request) => ((callFetch as FetchLike | undefined) ?? rt.fetch ?? globalThis.fetch)(request);
      const options: Record<string, unknown> = {
        ...rest,
        signal: combined.signal,
        ...(requestPayload ? { bodySerializer: (body: unknown) => encodeRequest(op, requestPayload, body) } : {}),
      };
      if (init.querySerializer) options.querySerializer = init.querySerializer;
      const middlewares = (callMiddlewares as Middleware[] | undefined) ?? [];
      if (userMiddlewares.length === 0 && middlewares.length === 0) {
        // No middleware: the answer is read and decoded inside the fetch, and openapi-fetch is told not to read it.
        let answer: Answer | undefined;
        let response: Response | undefined;
        await untyped.request(op.method, schemaPath, {
          ...options,
          parseAs: 'stream',
          fetch: async (request: Request) => {
            if (rt.apiKeyIn === 'header') request.headers.set('Authorization', authorization);
            try {
              response = await send(request);
            } catch (error) {
              throw networkError(rt, op, request, error);
            }
            answer = await readAnswer(rt, op, request, response);
            return response;
          },
        });
        return lazyResult(response!, answer!);
      }
      const result = await untyped.request(op.method, schemaPath, {
        ...options,
        parseAs: 'text',
        fetch: send,
        middleware: [...ownMiddlewares, ...userMiddlewares, ...middlewares],
      });
      if (!decoded.has(result.response)) {
        throw new RegRwsError(`No decoded answer for ${op.operationId}: a middleware replaced the response`, { request: summary(op, rt.redact) });
      }
      return { data: decoded.get(result.response), response: result.response };
    } catch (error) {
      if (callSignal?.aborted) throw abortError(op, error);
      if (timeout?.signal.aborted) throw new RegRwsTimeoutError(rt.timeoutMs, { request: requestOf(op, error) });
      if (error instanceof RegRwsError) throw error;
      throw new RegRwsError(`Unexpected failure on ${op.operationId}: ${rt.redact(messageOf(error))}`, {
        request: summary(op, rt.redact),
        cause: redactCause(rt.redact, error),
      });
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      combined.dispose();
    }
  }

  function encodeRequest(op: OperationInfo, payload: string, body: unknown): string {
    try {
      return codec.encode(payload, body);
    } catch (error) {
      if (!(error instanceof XmlCodecError)) throw error;
      throw new RegRwsArgumentError(`Invalid ${payload} for ${op.operationId}: ${rt.redact(error.message)}`, {
        issues: error.issues,
        request: summary(op, rt.redact),
        cause: redactCause(rt.redact, error),
      });
    }
  }

  function requestOf(op: OperationInfo, error: unknown): RequestSummary {
    return error instanceof RegRwsError && error.request ? error.request : summary(op, rt.redact);
  }

  function abortError(op: OperationInfo, error: unknown): RegRwsAbortError {
    return new RegRwsAbortError(`Reg-RWS call ${op.operationId} was aborted`, { request: requestOf(op, error) });
  }

  /** A call's own query serializer, with the key added in query mode (it replaces the client-wide one). */
  function callQuerySerializer(own: unknown): QuerySerializer<unknown> | undefined {
    if (own === undefined || rt.apiKeyIn !== 'query') return own as QuerySerializer<unknown> | undefined;
    return withApiKey(rt.apiKey, typeof own === 'function' ? (own as QuerySerializer<unknown>) : createQuerySerializer(own as QuerySerializerOptions));
  }

  async function send(method: string, schemaPath: string, init: Record<string, unknown> = {}): Promise<AttemptResult> {
    const op = operationFor(method, schemaPath);
    if (!op) throw new RegRwsArgumentError(`${method.toUpperCase()} ${schemaPath} is not an operation of the Reg-RWS spec`);
    if (init.parseAs !== undefined && init.parseAs !== 'json') {
      throw new RegRwsArgumentError('parseAs is not supported: the client always decodes the XML into typed objects', { request: summary(op, rt.redact) });
    }
    const { signal: ownSignal, parseAs: _json, querySerializer: ownQuerySerializer, ...rest } = init;
    const callInit: CallInit = { rest, querySerializer: callQuerySerializer(ownQuerySerializer) };
    const call = anySignal([rt.signal, (ownSignal as AbortSignal | null | undefined) ?? undefined]);
    // Only operations the spec marks x-regrws-idempotent are ever replayed: a replayed reassign would create a second NET.
    const policy = op.idempotent ? rt.retry : undefined;
    try {
      for (let retry = 0; ; retry++) {
        if (call.signal?.aborted) throw abortError(op, undefined);
        try {
          return await attempt(op, schemaPath, callInit, call.signal);
        } catch (error) {
          if (!policy || retry >= policy.retries || !isRetryable(error)) throw error;
          try {
            await rt.sleep(retryDelay(error, retry + 1, policy, rt.random), call.signal);
          } catch (sleepError) {
            if (call.signal?.aborted) throw abortError(op, error);
            throw sleepError;
          }
        }
      }
    } finally {
      call.dispose();
    }
  }

  const raw = {
    request: (method: string, path: string, init?: Record<string, unknown>) => send(method, path, init),
    GET: (path: string, init?: Record<string, unknown>) => send('get', path, init),
    PUT: (path: string, init?: Record<string, unknown>) => send('put', path, init),
    POST: (path: string, init?: Record<string, unknown>) => send('post', path, init),
    DELETE: (path: string, init?: Record<string, unknown>) => send('delete', path, init),
    OPTIONS: (path: string, init?: Record<string, unknown>) => send('options', path, init),
    HEAD: (path: string, init?: Record<string, unknown>) => send('head', path, init),
    PATCH: (path: string, init?: Record<string, unknown>) => send('patch', path, init),
    TRACE: (path: string, init?: Record<string, unknown>) => send('trace', path, init),
    // Same checks as openapi-fetch's own `use` and `eject`; the middlewares run after the client's own.
    use: (...middleware: Middleware[]) => {
      for (const m of middleware) {
        if (!m) continue;
        if (typeof m !== 'object' || !('onRequest' in m || 'onResponse' in m || 'onError' in m)) {
          throw new Error('Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`');
        }
        userMiddlewares.push(m);
      }
    },
    eject: (...middleware: Middleware[]) => {
      for (const m of middleware) {
        const i = userMiddlewares.indexOf(m);
        if (i !== -1) userMiddlewares.splice(i, 1);
      }
    },
  };
  return raw as unknown as RegRwsRawClient;
}

/** A call's options, split once per call (not per attempt). */
interface CallInit {
  rest: Record<string, unknown>;
  querySerializer: QuerySerializer<unknown> | undefined;
}

/** The payload of a 2xx answer: the documented one for that status, else the operation's documented success payload. */
function successPayload(op: OperationInfo, status: number): string | null {
  const documented = op.responses[String(status)];
  if (documented !== undefined) return documented;
  const success = Object.entries(op.responses).find(([code]) => code.startsWith('2'));
  return success ? success[1] : null;
}
