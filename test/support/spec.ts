// The bundled spec, read once, as the suite's single source of expectations: operations, parameters
// with sample values, and every documented response with its examples.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const bundledSpecPath = require.resolve('@regrws/spec/openapi.json');
export const spec: any = JSON.parse(readFileSync(bundledSpecPath, 'utf8'));

/** Follows local `$ref`s (`#/components/...`). */
export function deref(x: any): any {
  if (!x?.$ref) return x;
  const target = x.$ref.slice(2).split('/').reduce((o: any, k: string) => o?.[k], spec);
  if (target === undefined) throw new Error(`unresolved $ref ${x.$ref}`);
  return deref(target);
}

export interface Example { name: string; xml: string }
export interface SpecParam {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  matrix: boolean;
  schema: any;
  /** The parameter's own example in the spec. */
  example: unknown;
}
export interface SpecResponse {
  status: string;
  /** Component schema name of the XML body, or null when the response has none. */
  payload: string | null;
  examples: Example[];
  headers: string[];
}
export interface SpecOperation {
  operationId: string;
  method: 'get' | 'put' | 'post' | 'delete';
  path: string;
  idempotent: boolean;
  params: SpecParam[];
  request?: { payload: string; required: boolean; examples: Example[] };
  responses: SpecResponse[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

function schemaName(media: any): string | null {
  const ref = media?.schema?.$ref as string | undefined;
  return ref ? ref.split('/').pop()! : null;
}

function examplesOf(media: any): Example[] {
  const out: Example[] = Object.entries<any>(media?.examples ?? {}).map(([name, e]) => ({ name, xml: deref(e).value }));
  if (media?.example !== undefined) out.push({ name: 'example', xml: media.example });
  return out;
}

function matrixNames(path: string): Set<string> {
  return new Set([...path.matchAll(/;[^;/=]+=\{([^}]+)\}/g)].map((m) => m[1]!));
}

export const operations: SpecOperation[] = [];
for (const [path, item] of Object.entries<any>(spec.paths)) {
  for (const method of METHODS) {
    const op = item[method];
    if (!op) continue;
    const matrix = matrixNames(path);
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref).map(
      (p: any): SpecParam => ({
        name: p.name,
        in: p.in,
        required: Boolean(p.required),
        matrix: matrix.has(p.name),
        schema: deref(p.schema),
        example: p.example,
      }),
    );
    const body = op.requestBody ? deref(op.requestBody) : undefined;
    const reqMedia = body?.content?.['application/xml'];
    operations.push({
      operationId: op.operationId,
      method: method as SpecOperation['method'],
      path,
      idempotent: op['x-regrws-idempotent'],
      params,
      request: reqMedia ? { payload: schemaName(reqMedia)!, required: Boolean(body.required), examples: examplesOf(reqMedia) } : undefined,
      responses: Object.entries<any>(op.responses).map(([status, r]) => {
        const res = deref(r);
        const media = res.content?.['application/xml'];
        return { status, payload: schemaName(media), examples: examplesOf(media), headers: Object.keys(res.headers ?? {}) };
      }),
    });
  }
}

export const operationIds = operations.map((o) => o.operationId);
export function operation(id: string): SpecOperation {
  const op = operations.find((o) => o.operationId === id);
  if (!op) throw new Error(`no operation ${id} in the spec`);
  return op;
}

/** The spec's example value of every parameter of the operation, as the strings a URL carries. */
export function sampleParams(op: SpecOperation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of op.params) {
    if (p.example === undefined) throw new Error(`${op.operationId}: parameter ${p.name} has no example`);
    out[p.name] = String(p.example);
  }
  return out;
}

/**
 * The URL path of the operation for the given parameter values: `{x}` replaced by the percent-encoded
 * value (matrix values included).
 */
export function buildPath(op: SpecOperation, values: Record<string, string>): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`${op.operationId}: no value for ${name}`);
    return encodeURIComponent(v);
  });
}

export interface ParsedSegment { name: string; matrix: [string, string][] }

/** Splits a raw URL path into decoded segments and their matrix pairs, in order. */
export function parsePath(rawPath: string): ParsedSegment[] {
  return rawPath
    .split('/')
    .slice(1)
    .map((raw) => {
      const [name = '', ...pairs] = raw.split(';');
      return {
        name: decodeURIComponent(name),
        matrix: pairs.map((pair) => {
          const eq = pair.indexOf('=');
          return [decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq)), eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1))];
        }),
      };
    });
}

/** The decoded segments the operation's template gives for the given values. */
export function expectedSegments(op: SpecOperation, values: Record<string, string>): ParsedSegment[] {
  const fill = (s: string) => s.replace(/\{([^}]+)\}/g, (_, n: string) => values[n] ?? `{${n}}`);
  return op.path
    .split('/')
    .slice(1)
    .map((raw) => {
      const [name = '', ...pairs] = raw.split(';');
      return {
        name: fill(name),
        matrix: pairs.map((pair) => {
          const eq = pair.indexOf('=');
          return [pair.slice(0, eq), fill(pair.slice(eq + 1))] as [string, string];
        }),
      };
    });
}

/** Statuses the operation documents. */
export function statuses(op: SpecOperation): string[] {
  return op.responses.map((r) => r.status);
}

export function response(op: SpecOperation, status: string | number): SpecResponse | undefined {
  return op.responses.find((r) => r.status === String(status));
}

/** The API key used everywhere in the suite (ARIN's documentation placeholder; never a real key). */
export const API_KEY = 'API-1234-1234-1234-1234';
