import type { XmlIssue } from '@regrws/codec';
import { RegRwsArgumentError } from './errors.js';
import type { RetryOptions } from './retry.js';

/** ARIN's two services. OT&E is a test copy of production: try every new flow there first. */
export const ENVIRONMENTS = Object.freeze({
  production: 'https://reg.arin.net',
  ote: 'https://reg.ote.arin.net',
});

export type EnvironmentName = keyof typeof ENVIRONMENTS;

export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

export interface RegRwsClientOptions {
  /** The Reg-RWS API key, e.g. `API-1234-1234-1234-1234`. Never appears in errors or exposed URLs. */
  apiKey: string;
  /** `'production'`, `'ote'`, or a base URL without `/rest` (a mock, a proxy). */
  environment: EnvironmentName | (string & {});
  /**
   * How the key is sent: the lowercase `apikey` query parameter (default; every Reg-RWS release
   * accepts it) or the `Authorization: ApiKey <key>` header (keeps the key out of server logs).
   */
  apiKeyIn?: 'query' | 'header';
  /** Defaults to the global `fetch`, looked up at call time. */
  fetch?: FetchLike;
  /** Per-attempt timeout in milliseconds. Default 30 000; 0 disables it. */
  timeoutMs?: number;
  /** Aborts every call made by this client. Each call can also take its own `signal`. */
  signal?: AbortSignal;
  /** Automatic retries of idempotent operations; `false` switches them off. */
  retry?: RetryOptions | false;
  /** Called with the codec's warnings when an answer had unknown elements or namespaces. */
  onWarnings?: (warnings: XmlIssue[], context: { operationId: string }) => void;
  /** Waits between retries and ticket polls (inject a fake in tests). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Clock for `Retry-After` dates and ticket wait deadlines (inject a fake in tests). */
  now?: () => number;
  /** Jitter source in [0, 1) (inject a fixed one in tests). */
  random?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export function resolveBaseUrl(environment: string): string {
  const known = (ENVIRONMENTS as Record<string, string>)[environment];
  if (known) return known;
  let url: URL;
  try {
    url = new URL(environment);
  } catch {
    throw new RegRwsArgumentError(`environment must be 'production', 'ote' or an http(s) base URL, got "${environment}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RegRwsArgumentError(`environment URL must use http or https, got "${url.protocol}"`);
  }
  if (url.search || url.hash) throw new RegRwsArgumentError('environment URL must not have a query or a fragment');
  return url.href.replace(/\/+$/, '');
}

/** A sleep that ends early, with the signal's reason, when the signal aborts. */
export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
