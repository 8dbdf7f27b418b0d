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

/** True when the text holds the key (in any form the redactor would change). */
export function holdsSecret(redact: Redactor, text: string | undefined): boolean {
  return text !== undefined && redact(text) !== text;
}

function ownText(error: Error): string {
  try {
    return `${error.message}\n${error.stack ?? ''}\n${JSON.stringify(error)}`;
  } catch {
    return `${error.message}\n${error.stack ?? ''}\n${String(Object.keys(error))}`;
  }
}

function chainHoldsSecret(redact: Redactor, value: unknown, depth: number): boolean {
  if (depth > 8) return true;
  if (value instanceof Error) {
    return holdsSecret(redact, ownText(value)) || (value.cause !== undefined && chainHoldsSecret(redact, value.cause, depth + 1));
  }
  try {
    return holdsSecret(redact, typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));
  } catch {
    return true;
  }
}

/**
 * A cause that is safe to expose. Errors that do not hold the key are kept as they are (so `instanceof`
 * and extra fields such as a codec error's `issues` survive); otherwise a redacted copy replaces the
 * error and, recursively, its causes.
 */
export function redactCause(redact: Redactor, value: unknown, depth = 0): unknown {
  if (value === undefined || !chainHoldsSecret(redact, value, depth)) return value;
  if (!(value instanceof Error) || depth > 8) {
    return new Error(redact(value instanceof Error ? value.message : safeString(value)));
  }
  const copy = new Error(redact(value.message));
  copy.name = value.name;
  copy.stack = value.stack === undefined ? undefined : redact(value.stack);
  const code = (value as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(copy, { code: redact(code) });
  if (value.cause !== undefined) copy.cause = redactCause(redact, value.cause, depth + 1);
  return copy;
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
