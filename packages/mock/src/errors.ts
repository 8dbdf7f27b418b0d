/** ARIN ErrorPayloads, encoded by the codec. Statuses and codes follow shared/notes/regrws-payloads.md §2.18. */
import type { Codec, XmlIssue } from '@regrws/codec';

export type ErrorCode =
  | 'E_AUTHENTICATION'
  | 'E_BAD_REQUEST'
  | 'E_ENTITY_VALIDATION'
  | 'E_METHOD_NOT_ALLOWED'
  | 'E_NOT_ACCEPTABLE'
  | 'E_OUTAGE'
  | 'E_SCHEMA_VALIDATION'
  | 'E_UNSPECIFIED'
  | 'E_UNSUPPORTED_MEDIA_TYPE';

export interface ErrorComponent {
  name: string;
  message: string;
}

export interface ArinError {
  status: number;
  code: ErrorCode;
  message: string;
  components?: ErrorComponent[];
  additionalInfo?: string[];
  headers?: Record<string, string>;
}

/** Messages as ARIN words them (texts from the spec's own error examples where it has them). */
export const MESSAGES = {
  authentication: 'The API key specified was missing or invalid.',
  schemaValidation:
    'The XML data you provided did not pass the RelaxNG schema validation. Please try validating your XML content against RelaxNG prior to submitting it.',
  entityValidation: 'Payload entity failed to validate; see component messages for details.',
  badRequest: 'The request was invalid. Please check the URL and its parameters.',
  notFound: 'The URL does not name a Reg-RWS resource.',
  methodNotAllowed: 'The HTTP method is not allowed for this URL.',
  unsupportedMediaType: 'The media type of the request is not supported. Use application/xml.',
  notAcceptable: 'The requested media type is not acceptable.',
  tooLarge: 'The request body is too large.',
  unspecified: 'An error occurred while attempting to process your request.',
  unparsable: 'The request is not valid HTTP and cannot be processed.',
  headersTooLarge: 'The request headers are too large.',
  requestTimeout: 'The request was not received in time.',
  conflictingPrefer: 'The Prefer header asks for options that cannot be combined.',
  outage: 'The mock engine (Prism) is not available.',
} as const;

/** Codec issue codes that mean "did not pass the schema"; the rest are business-rule failures. */
const SCHEMA_ISSUES = new Set<XmlIssue['code']>([
  'MALFORMED',
  'FORBIDDEN_DTD',
  'LIMIT_EXCEEDED',
  'ENCODING',
  'UNKNOWN_PAYLOAD',
  'WRONG_ROOT',
  'NAMESPACE',
  'UNKNOWN_ELEMENT',
  'UNKNOWN_ATTRIBUTE',
  'UNEXPECTED_TEXT',
  'DUPLICATE',
  'TYPE',
  'ENUM',
]);

/** At most this many components per error: a hostile document can have thousands of issues. */
const MAX_COMPONENTS = 20;

/** A rejected XML body: E_SCHEMA_VALIDATION unless every error is a business rule (E_ENTITY_VALIDATION). */
export function xmlBodyError(issues: readonly XmlIssue[], root: string): ArinError {
  const errors = issues.filter((i) => i.severity === 'error');
  const schema = errors.some((i) => SCHEMA_ISSUES.has(i.code)) || errors.length === 0;
  return {
    status: 400,
    code: schema ? 'E_SCHEMA_VALIDATION' : 'E_ENTITY_VALIDATION',
    message: schema ? MESSAGES.schemaValidation : MESSAGES.entityValidation,
    components: errors.slice(0, MAX_COMPONENTS).map((i) => issueComponent(i, root)),
    ...(errors.length > MAX_COMPONENTS ? { additionalInfo: [`${errors.length - MAX_COMPONENTS} more problems not listed.`] } : {}),
  };
}

/** Component name = the element's path; syntax errors carry none, so they name the expected root. */
export function issueComponent(i: XmlIssue, root: string): ErrorComponent {
  const where = i.line !== undefined ? ` (line ${i.line}, column ${i.column ?? 0})` : '';
  return { name: i.path || `/${root}`, message: `${i.message}${where}` };
}

/** Encodes the error; if that ever fails, a fixed valid document is still returned (never a stack trace). */
export function encodeError(codec: Codec, e: ArinError): string {
  const value = {
    message: printable(e.message),
    code: e.code,
    components: (e.components ?? []).map((c) => ({ name: printable(c.name), message: printable(c.message) })),
    additionalInfo: (e.additionalInfo ?? []).map(printable),
  };
  // Like the real server: empty <components/> and <additionalInfo/> are written, not left out.
  try {
    return codec.encode('Error', value, { emptyLists: 'keep' });
  } catch {
    return codec.encode('Error', { message: MESSAGES.unspecified, code: 'E_UNSPECIFIED', components: [], additionalInfo: [] }, { emptyLists: 'keep' });
  }
}

/** Error texts echo client input (element names, parameter values): keep them printable ASCII and short. */
function printable(s: string): string {
  const clean = s.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 500 ? `${clean.slice(0, 497)}...` : clean;
}
