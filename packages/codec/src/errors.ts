import type { XmlIssue } from './types.js';

function summarize(issues: readonly XmlIssue[]): string {
  const first = issues[0];
  if (!first) return 'no details';
  const where = first.line !== undefined ? ` (line ${first.line}, column ${first.column})` : '';
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
  return `${first.path || '/'}${where}: ${first.message}${more}`;
}

/** Base class of every error the codec throws. `issues` says where and why. */
export class XmlCodecError extends Error {
  readonly issues: readonly XmlIssue[];
  constructor(prefix: string, issues: readonly XmlIssue[]) {
    super(`${prefix}: ${summarize(issues)}`);
    this.name = new.target.name;
    this.issues = issues;
  }
}

/** The bytes are not a well-formed, safe XML document (malformed, DTD, limits, encoding). */
export class XmlSyntaxError extends XmlCodecError {
  constructor(issues: readonly XmlIssue[]) {
    super('Not a well-formed Reg-RWS XML document', issues);
  }
}

/** The document is well-formed but cannot be decoded without losing or changing data. */
export class XmlDecodeError extends XmlCodecError {
  constructor(issues: readonly XmlIssue[]) {
    super('Cannot decode Reg-RWS payload', issues);
  }
}

/** The value cannot be encoded as a valid payload. */
export class XmlEncodeError extends XmlCodecError {
  constructor(issues: readonly XmlIssue[]) {
    super('Cannot encode Reg-RWS payload', issues);
  }
}
