/** `@regrws/mock`: a Prism-backed Reg-RWS mock that speaks ARIN's XML on the wire. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { codec as defaultCodec, type Codec } from '@regrws/codec';
import { MOCK_SPEC_FILE } from './mock-spec.js';
import { startPrism } from './prism.js';
import type { OpenApiDocument } from './schema-sample.js';
import { createFrontServer } from './server.js';

export { deriveMockSpec, mockPath, MOCK_SPEC_FILE, PARKED_400, rootPattern, templateParams } from './mock-spec.js';
export { Router } from './routes.js';
export { SchemaSampler } from './schema-sample.js';
export { MESSAGES } from './errors.js';

export interface MockOptions {
  /** Port of the front server on 127.0.0.1; 0 picks a free one (default 0). */
  port?: number;
  /** Largest request body accepted, in bytes (default 1 MiB); larger ones get 413. */
  maxBodyBytes?: number;
  /** Accept only these API keys (default: any non-empty key). */
  apiKeys?: readonly string[];
  /** HTML page served at `/docs` (e.g. packages/docs/dist/index.html). */
  docsFile?: string;
  /** The mock-only spec for Prism (default: dist/mock-spec.json, written by `npm run build`). */
  mockSpecFile?: string;
  /** How long Prism may take to start (default 30 s) and to answer one request (default 15 s). */
  prismStartTimeoutMs?: number;
  prismTimeoutMs?: number;
  /** One line per request (method, path without query, status, time) and Prism's own output. Never the API key. */
  log?: (line: string) => void;
  codec?: Codec;
}

export interface RunningMock {
  /** Base URL, e.g. `http://127.0.0.1:4010`; Reg-RWS paths start with `/rest`. */
  url: string;
  /** Stops the front server and kills Prism. */
  close(): Promise<void>;
  prism: { pid: number; port: number; alive(): boolean; output(): string[] };
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const require = createRequire(import.meta.url);

export function defaultMockSpecFile(): string {
  return fileURLToPath(new URL(`./${MOCK_SPEC_FILE}`, import.meta.url));
}

export function loadBundledSpec(): OpenApiDocument {
  return JSON.parse(readFileSync(require.resolve('@regrws/spec/openapi.json'), 'utf8')) as OpenApiDocument;
}

/** Refuses option values that would silently change the mock's limits (e.g. `NaN`, which `size > NaN` never exceeds). */
export function checkMockOptions(options: MockOptions): void {
  const { port, maxBodyBytes } = options;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    throw new RangeError(`startMock: port must be an integer from 0 to 65535, got ${String(port)}`);
  }
  if (maxBodyBytes !== undefined && !(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes > 0)) {
    throw new RangeError(`startMock: maxBodyBytes must be a positive integer (bytes), got ${String(maxBodyBytes)}`);
  }
}

export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  checkMockOptions(options);
  const mockSpecFile = options.mockSpecFile ?? defaultMockSpecFile();
  if (!existsSync(mockSpecFile)) throw new Error(`${mockSpecFile} is missing: run \`npm run build -w @regrws/mock\` first`);
  const codec = options.codec ?? defaultCodec;
  const prism = await startPrism({
    specFile: mockSpecFile,
    ...(options.prismStartTimeoutMs ? { startTimeoutMs: options.prismStartTimeoutMs } : {}),
    ...(options.log ? { onOutput: (line: string) => options.log!(`prism: ${line}`) } : {}),
  });
  try {
    const server = createFrontServer({
      codec,
      spec: loadBundledSpec(),
      prismPort: prism.port,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      prismTimeoutMs: options.prismTimeoutMs ?? 15_000,
      ...(options.apiKeys ? { apiKeys: options.apiKeys } : {}),
      ...(options.docsFile ? { docsFile: options.docsFile } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    let closing: Promise<void> | undefined;
    return {
      url: `http://127.0.0.1:${port}`,
      prism: { pid: prism.pid, port: prism.port, alive: prism.alive, output: prism.output },
      close: () =>
        (closing ??= (async () => {
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          });
          await prism.stop();
        })()),
    };
  } catch (e) {
    await prism.stop();
    throw e;
  }
}
