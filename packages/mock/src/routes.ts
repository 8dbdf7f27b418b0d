/**
 * Resolves a Reg-RWS URL to an operation of the XML map, segment by segment with anchored matching.
 * Prism's own router matches each segment as an unanchored regex and lets the last-declared path win
 * ties, so `/phone/;type=O` would reach `{number};type={type}`. Resolving here and forwarding to a
 * path that names the operation keeps routing exact, and lets matrix parameters come in any order.
 */
import type { OperationInfo } from '@regrws/codec';

interface TemplateSegment {
  /** Literal segment name, or the parameter that captures it. */
  literal?: string;
  param?: string;
  /** Matrix key → parameter name, e.g. `type` → `type`. */
  matrix: Map<string, string>;
}

interface CompiledRoute {
  operation: OperationInfo;
  segments: TemplateSegment[];
  literalCount: number;
}

export interface ResolvedRoute {
  operation: OperationInfo;
  /** Decoded values of every path and matrix parameter, by parameter name. */
  params: Record<string, string>;
}

export type Resolution =
  | { kind: 'matched'; route: ResolvedRoute }
  /** The URL names a resource, but not with this method. */
  | { kind: 'method-not-allowed'; allowed: string[] }
  /** The URL names a resource but its matrix parameters do not fit any form of it. */
  | { kind: 'bad-matrix'; message: string; operations: OperationInfo[] }
  | { kind: 'not-found' }
  /** The path has a percent-escape that is not valid UTF-8. */
  | { kind: 'bad-encoding' };

const PARAM = /^\{([^{}]+)\}$/;

function compileTemplate(path: string): TemplateSegment[] {
  return path
    .split('/')
    .slice(1)
    .map((raw) => {
      const [name = '', ...pairs] = raw.split(';');
      const matrix = new Map<string, string>();
      for (const pair of pairs) {
        const eq = pair.indexOf('=');
        const key = pair.slice(0, eq);
        const m = PARAM.exec(pair.slice(eq + 1));
        if (eq < 1 || !m) throw new Error(`unsupported matrix form "${pair}" in ${path}`);
        matrix.set(key, m[1]!);
      }
      const p = PARAM.exec(name);
      return p ? { param: p[1]!, matrix } : { literal: name, matrix };
    });
}

interface RequestSegment {
  name: string;
  matrix: Map<string, string>;
}

/** Splits a raw path (still percent-encoded) into segments; undefined when it cannot be decoded. */
function splitRequestPath(rawPath: string): RequestSegment[] | undefined {
  let parts = rawPath.split('/').slice(1);
  // `/rest/poc/` is the same resource as `/rest/poc` (clients such as pyregrws send the slash).
  if (parts.length > 1 && parts[parts.length - 1] === '') parts = parts.slice(0, -1);
  try {
    return parts.map((raw) => {
      const [name = '', ...pairs] = raw.split(';');
      const matrix = new Map<string, string>();
      for (const pair of pairs) {
        const eq = pair.indexOf('=');
        const key = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
        matrix.set(key, eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1)));
      }
      return { name: decodeURIComponent(name), matrix };
    });
  } catch {
    return undefined;
  }
}

export class Router {
  private readonly routes: CompiledRoute[];

  constructor(operations: readonly OperationInfo[]) {
    this.routes = operations.map((operation) => {
      const segments = compileTemplate(operation.path);
      return { operation, segments, literalCount: segments.filter((s) => s.literal !== undefined).length };
    });
  }

  resolve(method: string, rawPath: string): Resolution {
    const segments = splitRequestPath(rawPath);
    if (!segments) return { kind: 'bad-encoding' };
    const wanted = method.toLowerCase();
    const exact: { route: CompiledRoute; params: Record<string, string> }[] = [];
    const pathOnly: CompiledRoute[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments, true);
      if (params) exact.push({ route, params });
      else if (matchSegments(route.segments, segments, false)) pathOnly.push(route);
    }
    const sameMethod = exact.filter((m) => m.route.operation.method === wanted);
    if (sameMethod.length) {
      // More literal segments = more specific (`/rest/org` beats nothing here, but keeps ties explicit).
      sameMethod.sort((a, b) => b.route.literalCount - a.route.literalCount);
      const best = sameMethod[0]!;
      return { kind: 'matched', route: { operation: best.route.operation, params: best.params } };
    }
    if (exact.length) return { kind: 'method-not-allowed', allowed: [...new Set(exact.map((m) => m.route.operation.method.toUpperCase()))] };
    const forms = pathOnly.filter((r) => r.operation.method === wanted);
    if (forms.length) {
      const expected = forms.map((r) => r.operation.path).join(' or ');
      return { kind: 'bad-matrix', message: `The matrix parameters of this URL do not match ${expected}.`, operations: forms.map((r) => r.operation) };
    }
    if (pathOnly.length) return { kind: 'method-not-allowed', allowed: [...new Set(pathOnly.map((r) => r.operation.method.toUpperCase()))] };
    return { kind: 'not-found' };
  }
}

/** Matches request segments to a template; with `withMatrix` false only names are compared. */
function matchSegments(template: TemplateSegment[], request: RequestSegment[], withMatrix: boolean): Record<string, string> | undefined {
  if (template.length !== request.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i]!;
    const r = request[i]!;
    if (t.literal !== undefined) {
      if (t.literal !== r.name) return undefined;
    } else {
      if (r.name === '') return undefined;
      params[t.param!] = r.name;
    }
    if (!withMatrix) continue;
    if (t.matrix.size !== r.matrix.size) return undefined;
    for (const [key, param] of t.matrix) {
      const v = r.matrix.get(key);
      if (v === undefined) return undefined;
      params[param] = v;
    }
  }
  return params;
}
