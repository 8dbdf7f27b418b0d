import { XmlCodecError, XmlDecodeError, XmlEncodeError, XmlSyntaxError, type XmlIssue } from '@regrws/codec';

/** Replaces the API key, wherever it appears, so that no error, message or URL the client exposes carries it. */
export type Redactor = (text: string) => string;

export const REDACTED = 'REDACTED';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function createRedactor(apiKey: string): Redactor {
  const secrets = [...new Set([apiKey, encodeURIComponent(apiKey)])]
    .filter((s) => s.length > 0)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const literal = secrets.length ? new RegExp(secrets.join('|'), 'g') : undefined;
  return (text: string) => {
    // The parameter and header forms are redacted whatever their value: a wrong or old key is still a secret.
    let out = text
      .replace(/([?&;]apikey=)[^&#\s"'<>]*/gi, `$1${REDACTED}`)
      .replace(/(\bApiKey\s+)[^\s"'<>,;]+/g, `$1${REDACTED}`);
    if (literal) out = out.replace(literal, REDACTED);
    return out;
  };
}

const MAX_CAUSE_DEPTH = 8;

/** The codec's own error classes: a redacted copy keeps their prototype, so `instanceof` still works. */
const CODEC_ERROR_PROTOTYPES: ReadonlySet<object> = new Set(
  [XmlCodecError, XmlSyntaxError, XmlDecodeError, XmlEncodeError].map((c) => c.prototype as object),
);

/** Reads a property of a foreign object without letting a throwing getter escape. */
function read(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function redactIssue(redact: Redactor, issue: unknown): XmlIssue {
  const i = (typeof issue === 'object' && issue !== null ? issue : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? redact(v) : '');
  return {
    severity: i.severity === 'error' ? 'error' : 'warning',
    code: text(i.code) as XmlIssue['code'],
    path: text(i.path),
    ...(typeof i.line === 'number' ? { line: i.line } : {}),
    ...(typeof i.column === 'number' ? { column: i.column } : {}),
    message: text(i.message),
  };
}

/** A codec warning or issue with its text redacted (the codec quotes text the server sent, which may echo the key). */
export function redactIssues(redact: Redactor, issues: readonly XmlIssue[]): XmlIssue[] {
  return issues.map((issue) => ({ ...issue, path: redact(issue.path), message: redact(issue.message) }));
}

/**
 * A cause that is safe to expose. A foreign cause is never kept: anything it holds beyond what
 * `JSON.stringify` sees (a `Request` or `Headers` attached to it, Symbol-keyed or non-enumerable
 * properties, `AggregateError.errors`…) would show in `util.inspect(error)`. It is replaced by a fresh
 * Error that carries only the redacted name, message and stack and the plain fields `code`, `errno` and
 * `syscall`, with its `cause` (and an AggregateError's `errors`) replaced the same way, to a bounded depth.
 * A copy of one of the codec's own errors keeps its class and its `issues`, redacted.
 */
export function redactCause(redact: Redactor, value: unknown, depth = 0): unknown {
  if (value === undefined) return undefined;
  return redactedError(redact, value, depth);
}

function isError(value: unknown): value is Error {
  if (value instanceof Error) return true;
  try {
    // An Error from another realm (a worker, an iframe, a vm context).
    return Object.prototype.toString.call(value) === '[object Error]';
  } catch {
    return false;
  }
}

function redactedError(redact: Redactor, value: unknown, depth: number): Error {
  if (!isError(value)) return new Error(redact(safeString(value)));
  const message = read(value, 'message');
  const name = read(value, 'name');
  const stack = read(value, 'stack');
  const errors = depth < MAX_CAUSE_DEPTH && value instanceof AggregateError ? read(value, 'errors') : undefined;
  const copy: Error = Array.isArray(errors)
    ? new AggregateError(errors.slice(0, 100).map((e: unknown) => redactedError(redact, e, depth + 1)), redact(typeof message === 'string' ? message : ''))
    : new Error(redact(typeof message === 'string' ? message : ''));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== null && CODEC_ERROR_PROTOTYPES.has(proto as object)) {
    Object.setPrototypeOf(copy, proto as object);
    const issues = read(value, 'issues');
    Object.assign(copy, { issues: Array.isArray(issues) ? issues.map((i: unknown) => redactIssue(redact, i)) : [] });
  }
  copy.name = redact(typeof name === 'string' ? name : 'Error');
  if (typeof stack === 'string') copy.stack = redact(stack);
  else delete copy.stack;
  for (const field of ['code', 'errno', 'syscall']) {
    const v = read(value, field);
    if (typeof v === 'string') Object.assign(copy, { [field]: redact(v) });
    else if (typeof v === 'number' && Number.isFinite(v)) Object.assign(copy, { [field]: v });
  }
  if (depth < MAX_CAUSE_DEPTH) {
    const cause = read(value, 'cause');
    if (cause !== undefined) copy.cause = redactedError(redact, cause, depth + 1);
  }
  return copy;
}

function safeString(value: unknown): string {
  try {
    if (typeof value === 'string') return value;
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json;
  } catch {
    try {
      return String(value);
    } catch {
      return typeof value;
    }
  }
}
