import type { ErrorCode, XmlIssue } from '@regrws/codec';
import type { components } from './generated/schema.js';

type ErrorComponent = components['schemas']['ErrorComponent'];

/** Where a failed call went. `url` never holds the API key (`apikey=REDACTED`); it is absent when nothing was sent. */
export interface RequestSummary {
  operationId: string;
  method: string;
  url?: string;
}

export type RegRwsErrorKind = 'api' | 'response' | 'network' | 'timeout' | 'abort' | 'argument' | 'ticket-wait-timeout' | 'unexpected';

/**
 * Base class of every error the client throws. Every string it holds has been redacted, including
 * its `cause` chain, so it is safe to log, serialise (`toJSON`) or inspect.
 */
export class RegRwsError extends Error {
  readonly kind: RegRwsErrorKind = 'unexpected';
  readonly request: RequestSummary | undefined;

  constructor(message: string, options: { request?: RequestSummary | undefined; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.request = options.request;
  }

  /** Extra fields of subclasses, for `toJSON`. */
  protected details(): Record<string, unknown> {
    return {};
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      ...(this.request ? { request: { ...this.request } } : {}),
      ...this.details(),
      ...(this.cause === undefined ? {} : { cause: causeToJSON(this.cause, 0) }),
    };
  }
}

function causeToJSON(cause: unknown, depth: number): unknown {
  if (depth > 8) return '[cause chain too deep]';
  if (cause instanceof RegRwsError) return cause.toJSON();
  if (cause instanceof Error) {
    return {
      name: cause.name,
      message: cause.message,
      ...(cause.cause === undefined ? {} : { cause: causeToJSON(cause.cause, depth + 1) }),
    };
  }
  return typeof cause === 'string' ? cause : String(cause);
}

/** Reg-RWS answered with an HTTP error status and an `<error>` payload. */
export class RegRwsApiError extends RegRwsError {
  override readonly kind = 'api' as const;
  readonly status: number;
  /** Open set: the known values are typed, unknown ones still arrive as strings. */
  readonly code: ErrorCode;
  /** The server's own message (the Error payload's `message`). */
  readonly serverMessage: string;
  /** Field-level problems, e.g. `{ name: 'startAddress', message: 'IP range overlaps…' }`. */
  readonly components: ErrorComponent[];
  readonly additionalInfo: string[];
  /** Parsed `Retry-After`, in milliseconds from when the answer arrived. */
  readonly retryAfterMs: number | undefined;

  constructor(init: {
    status: number;
    code: ErrorCode;
    serverMessage: string;
    components: ErrorComponent[];
    additionalInfo: string[];
    retryAfterMs?: number | undefined;
    request?: RequestSummary;
  }) {
    const parts = init.components.map((c) => [c.name, c.message].filter(Boolean).join(': ')).filter(Boolean);
    const where = init.request ? ` on ${init.request.operationId}` : '';
    super(`Reg-RWS ${init.code} (HTTP ${init.status})${where}: ${init.serverMessage}${parts.length ? ` [${parts.join('; ')}]` : ''}`, { request: init.request });
    this.status = init.status;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.components = init.components;
    this.additionalInfo = init.additionalInfo;
    this.retryAfterMs = init.retryAfterMs;
  }

  protected override details() {
    return {
      status: this.status,
      code: this.code,
      serverMessage: this.serverMessage,
      components: this.components,
      additionalInfo: this.additionalInfo,
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
    };
  }
}

export type ResponseProblem = 'not-xml' | 'empty' | 'undecodable' | 'unexpected-payload';

/** An answer the client cannot read as Reg-RWS XML: an HTML error page, an empty body, broken XML. */
export class RegRwsResponseError extends RegRwsError {
  override readonly kind = 'response' as const;
  readonly status: number;
  readonly problem: ResponseProblem;
  readonly contentType: string | undefined;
  /** The first characters of the body, redacted. */
  readonly bodyExcerpt: string;
  readonly retryAfterMs: number | undefined;

  constructor(init: {
    status: number;
    problem: ResponseProblem;
    contentType: string | undefined;
    bodyExcerpt: string;
    detail?: string;
    retryAfterMs?: number | undefined;
    request?: RequestSummary;
    cause?: unknown;
  }) {
    const where = init.request ? ` on ${init.request.operationId}` : '';
    super(`Unreadable Reg-RWS answer (HTTP ${init.status}, ${init.problem})${where}${init.detail ? `: ${init.detail}` : ''}`, init);
    this.status = init.status;
    this.problem = init.problem;
    this.contentType = init.contentType;
    this.bodyExcerpt = init.bodyExcerpt;
    this.retryAfterMs = init.retryAfterMs;
  }

  protected override details() {
    return { status: this.status, problem: this.problem, contentType: this.contentType, bodyExcerpt: this.bodyExcerpt };
  }
}

/** The request never got an answer (DNS, connection refused, reset, TLS…). */
export class RegRwsNetworkError extends RegRwsError {
  override readonly kind = 'network' as const;
}

/** One attempt took longer than `timeoutMs`. */
export class RegRwsTimeoutError extends RegRwsError {
  override readonly kind = 'timeout' as const;
  readonly timeoutMs: number;
  constructor(timeoutMs: number, options: { request?: RequestSummary } = {}) {
    super(`Reg-RWS request timed out after ${timeoutMs} ms${options.request ? ` on ${options.request.operationId}` : ''}`, options);
    this.timeoutMs = timeoutMs;
  }
  protected override details() {
    return { timeoutMs: this.timeoutMs };
  }
}

/** The caller's `AbortSignal` fired. */
export class RegRwsAbortError extends RegRwsError {
  override readonly kind = 'abort' as const;
}

/** The call was refused before any request was sent: missing or contradictory arguments, an invalid payload. */
export class RegRwsArgumentError extends RegRwsError {
  override readonly kind = 'argument' as const;
  /** The codec's findings when a payload did not validate. */
  readonly issues: readonly XmlIssue[];
  constructor(message: string, options: { issues?: readonly XmlIssue[]; cause?: unknown; request?: RequestSummary } = {}) {
    super(message, options);
    this.issues = options.issues ?? [];
  }
  protected override details() {
    return this.issues.length ? { issues: this.issues } : {};
  }
}

/** `waitForTicket` gave up before the ticket was RESOLVED or CLOSED. */
export class RegRwsTicketWaitTimeoutError extends RegRwsError {
  override readonly kind = 'ticket-wait-timeout' as const;
  readonly ticketNo: string;
  readonly timeoutMs: number;
  /** The status seen at the last poll. */
  readonly lastStatus: string | undefined;
  constructor(init: { ticketNo: string; timeoutMs: number; lastStatus: string | undefined }) {
    super(`Ticket ${init.ticketNo} was not resolved or closed within ${init.timeoutMs} ms (last status: ${init.lastStatus ?? 'unknown'})`);
    this.ticketNo = init.ticketNo;
    this.timeoutMs = init.timeoutMs;
    this.lastStatus = init.lastStatus;
  }
  protected override details() {
    return { ticketNo: this.ticketNo, timeoutMs: this.timeoutMs, lastStatus: this.lastStatus };
  }
}
