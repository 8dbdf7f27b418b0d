import { RegRwsApiError, RegRwsNetworkError, RegRwsResponseError, RegRwsTimeoutError } from './errors.js';

export interface RetryOptions {
  /** Extra attempts after the first one. Default 3. */
  retries?: number;
  /** First backoff step. Default 500 ms; doubles with each retry. */
  baseDelayMs?: number;
  /** Longest single wait, for backoff and for `Retry-After`. Default 30 s. */
  maxDelayMs?: number;
}

export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: Readonly<RetryPolicy> = Object.freeze({ retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 });

export function resolveRetryPolicy(options: RetryOptions | false | undefined): RetryPolicy | undefined {
  if (options === false) return undefined;
  const policy = { ...DEFAULT_RETRY, ...withoutUndefined(options ?? {}) };
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`retry.${name} must be a finite number >= 0, got ${value}`);
  }
  return { ...policy, retries: Math.floor(policy.retries) };
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Statuses that say "try again later" rather than "this request is wrong". */
const RETRYABLE_STATUS = new Set([429, 503]);

/** Whether a failure may be replayed – only ever asked for operations the spec marks idempotent. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof RegRwsApiError || error instanceof RegRwsResponseError) return RETRYABLE_STATUS.has(error.status);
  return error instanceof RegRwsNetworkError || error instanceof RegRwsTimeoutError;
}

/**
 * `Retry-After` as milliseconds from `nowMs`: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Unparseable values give `undefined`; dates in the past give 0.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * Wait before retry number `retry` (1-based). `Retry-After` wins when the server sent one; otherwise
 * exponential backoff with jitter, in [half, full] of the step so that clients spread out without ever
 * retrying immediately. Both are capped by `maxDelayMs`.
 */
export function retryDelay(error: unknown, retry: number, policy: RetryPolicy, random: () => number): number {
  const retryAfter = (error as { retryAfterMs?: number }).retryAfterMs;
  if (typeof retryAfter === 'number') return Math.min(retryAfter, policy.maxDelayMs);
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(step / 2 + (step / 2) * random());
}
