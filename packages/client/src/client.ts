import { DEFAULT_TIMEOUT_MS, defaultSleep, resolveBaseUrl, type RegRwsClientOptions } from './config.js';
import { RegRwsArgumentError } from './errors.js';
import { createFacade, type RegRwsFacade } from './facade.js';
import { createRawClient, type RegRwsRawClient, type Runtime } from './raw.js';
import { createRedactor } from './redact.js';
import { resolveRetryPolicy } from './retry.js';

export interface RegRwsClient extends RegRwsFacade {
  /** openapi-fetch's typed client over every path of the spec (same XML handling, auth, retries and errors). */
  readonly raw: RegRwsRawClient;
  /** The base URL in use, e.g. `https://reg.ote.arin.net`. */
  readonly baseUrl: string;
}

/** A Reg-RWS client: resource methods (`poc`, `org`, `customer`, `net`, `ticket`) over a typed openapi-fetch client. */
export function createRegRwsClient(options: RegRwsClientOptions): RegRwsClient {
  if (typeof options?.apiKey !== 'string' || options.apiKey.trim() === '') {
    throw new RegRwsArgumentError('apiKey is required (e.g. API-1234-1234-1234-1234)');
  }
  const apiKeyIn = options.apiKeyIn ?? 'query';
  if (apiKeyIn !== 'query' && apiKeyIn !== 'header') throw new RegRwsArgumentError(`apiKeyIn must be 'query' or 'header', got "${String(apiKeyIn)}"`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) throw new RegRwsArgumentError(`timeoutMs must be a finite number >= 0, got ${timeoutMs}`);
  let retry;
  try {
    retry = resolveRetryPolicy(options.retry);
  } catch (error) {
    throw new RegRwsArgumentError((error as Error).message);
  }

  const runtime: Runtime = {
    baseUrl: resolveBaseUrl(options.environment),
    apiKey: options.apiKey,
    apiKeyIn,
    fetch: options.fetch,
    timeoutMs,
    signal: options.signal,
    retry,
    sleep: options.sleep ?? defaultSleep,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    redact: createRedactor(options.apiKey),
    onWarnings: options.onWarnings,
  };
  const raw = createRawClient(runtime);
  const facade = createFacade(raw, { sleep: runtime.sleep, now: runtime.now, signal: runtime.signal });
  return { ...facade, raw, baseUrl: runtime.baseUrl };
}
