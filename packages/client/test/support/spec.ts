import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The bundled spec, as published by @regrws/spec (spec/dist/openapi.json). */
export const spec = JSON.parse(readFileSync(require.resolve('@regrws/spec/openapi.json'), 'utf8')) as Record<string, any>;

function resolve(node: any): any {
  let current = node;
  for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
    if (hops > 20 || !current.$ref.startsWith('#/')) throw new Error(`cannot resolve ${current.$ref}`);
    current = current.$ref.slice(2).split('/').reduce((at: any, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return current;
}

function operation(operationId: string): any {
  for (const item of Object.values<any>(spec.paths)) {
    for (const op of Object.values<any>(item)) if (op && typeof op === 'object' && op.operationId === operationId) return op;
  }
  throw new Error(`no operation ${operationId} in the bundled spec`);
}

export interface XmlExample {
  name: string;
  xml: string;
}

function examplesOf(media: any): XmlExample[] {
  if (!media) return [];
  const out: XmlExample[] = [];
  if (media.example !== undefined) out.push({ name: 'example', xml: String(media.example) });
  for (const [name, ex] of Object.entries<any>(media.examples ?? {})) {
    const value = resolve(ex)?.value;
    if (typeof value === 'string') out.push({ name, xml: value });
  }
  return out;
}

/** The XML request examples documented for an operation. */
export function requestExamples(operationId: string): XmlExample[] {
  return examplesOf(resolve(operation(operationId).requestBody)?.content?.['application/xml']);
}

export interface ResponseExample extends XmlExample {
  status: number;
}

/** Every XML response example documented for an operation, with its status. */
export function responseExamples(operationId: string): ResponseExample[] {
  const out: ResponseExample[] = [];
  for (const [status, response] of Object.entries<any>(operation(operationId).responses ?? {})) {
    for (const ex of examplesOf(resolve(response)?.content?.['application/xml'])) out.push({ ...ex, status: Number(status) });
  }
  return out;
}
