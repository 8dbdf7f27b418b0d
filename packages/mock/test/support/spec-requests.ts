/** Builds a valid request for any operation from the spec's own parameter and request-body examples. */
import type { OperationInfo } from '@regrws/codec';
import { SchemaSampler } from '../../dist/index.js';
import { bundledSpec } from './mock.js';

const sampler = new SchemaSampler(bundledSpec);

function specOperation(op: OperationInfo): { params: any[]; requestBody?: any; responses: Record<string, any> } {
  const item = sampler.resolve(bundledSpec.paths[op.path]);
  const raw = item[op.method] as any;
  const params = [...((item.parameters as any[]) ?? []), ...(raw.parameters ?? [])].map((p) => sampler.resolve(p));
  return { params, requestBody: raw.requestBody ? sampler.resolve(raw.requestBody) : undefined, responses: raw.responses };
}

function paramValue(p: any): string {
  if (p.example !== undefined) return String(p.example);
  const first = Object.values<any>(p.examples ?? {})[0];
  if (first) return String(sampler.resolve(first).value);
  return String(sampler.sample(p.schema ?? {}));
}

/** The URL path (percent-encoded, with matrix parameters) of an operation, filled with example values. */
export function examplePath(op: OperationInfo, overrides: Record<string, string> = {}): string {
  const { params } = specOperation(op);
  const byName = new Map(params.filter((p) => p.in === 'path').map((p) => [p.name as string, p]));
  return op.path.replace(/\{([^{}]+)\}/g, (_m, name: string) => encodeURIComponent(overrides[name] ?? paramValue(byName.get(name))));
}

/** Every XML request example of the operation, by name. */
export function requestExamples(op: OperationInfo): Record<string, string> {
  const body = specOperation(op).requestBody;
  const examples = body?.content?.['application/xml']?.examples ?? {};
  return Object.fromEntries(Object.entries<any>(examples).map(([name, e]) => [name, String(sampler.resolve(e).value)]));
}

/** Status codes documented for the operation. */
export function documentedStatuses(op: OperationInfo): string[] {
  return Object.keys(specOperation(op).responses);
}

/** Example names documented for one status. */
export function responseExampleNames(op: OperationInfo, status: string): string[] {
  const res = sampler.resolve(specOperation(op).responses[status] ?? {});
  return Object.keys((res as any).content?.['application/xml']?.examples ?? {});
}

export function lowest2xx(op: OperationInfo): string {
  const ok = Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s)).sort();
  if (!ok.length) throw new Error(`${op.operationId} documents no 2xx`);
  return ok[0]!;
}
