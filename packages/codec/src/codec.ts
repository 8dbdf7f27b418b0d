import { CompiledMap } from './compiled.js';
import { encodeValue, validateValue, type EncodeOptions } from './encode.js';
import { XmlCodecError, XmlDecodeError, XmlEncodeError } from './errors.js';
import type { IssueCode, Limits, OperationInfo, XmlIssue, XmlMap } from './types.js';
import { walkDocument } from './walk.js';
import { parseXml } from './xml/parse.js';

export interface DecodeOptions {
  /** The payload expected (a schema name such as `Poc`); detected from the root element when omitted. */
  payload?: string;
  limits?: Partial<Limits>;
}

export interface DecodeResult<T> {
  payload: string;
  value: T;
  /** Tolerated surprises: unknown Reg-RWS elements or attributes, unexpected namespaces, stray text. */
  warnings: XmlIssue[];
}

export interface ValidationResult {
  valid: boolean;
  payload?: string;
  /** Every problem, errors and warnings, in document order. */
  issues: XmlIssue[];
}

/** Codes that `decode` tolerates (they become warnings); any other finding stops decoding. */
const TOLERATED: ReadonlySet<IssueCode> = new Set(['UNKNOWN_ELEMENT', 'UNKNOWN_ATTRIBUTE', 'NAMESPACE', 'UNEXPECTED_TEXT']);

export interface Codec {
  readonly map: XmlMap;
  /** Schema names of every payload that can be a document root. */
  readonly payloadNames: readonly string[];
  /** Tolerant read: any order, any prefix, empty wrappers, foreign elements. Throws XmlCodecError when data would be lost. */
  decode<T = unknown>(xml: string | Uint8Array, options?: DecodeOptions): DecodeResult<T>;
  /** Strict check, as ARIN's schema validation is. Never throws. */
  validate(xml: string | Uint8Array, options?: DecodeOptions): ValidationResult;
  /** Strict check of a typed value before it is encoded. */
  validateValue(payload: string, value: unknown): XmlIssue[];
  /** Canonical XML: right namespaces, documented order, empty optional elements omitted. */
  encode(payload: string, value: unknown, options?: EncodeOptions): string;
  /** The payload name for a document's root element, without decoding the rest. */
  detect(xml: string | Uint8Array, options?: Pick<DecodeOptions, 'limits'>): string | undefined;
  operation(operationId: string): OperationInfo | undefined;
}

export function createCodec(map: XmlMap): Codec {
  const cm = new CompiledMap(map);
  const byId = new Map(map.operations.map((o) => [o.operationId, o]));
  return {
    map,
    payloadNames: Object.keys(map.payloads),
    decode<T>(xml: string | Uint8Array, options: DecodeOptions = {}): DecodeResult<T> {
      const doc = parseXml(xml, options.limits);
      const r = walkDocument(cm, doc, options.payload, false);
      const fatal = r.issues.filter((i) => !TOLERATED.has(i.code));
      if (fatal.length || r.payload === undefined) throw new XmlDecodeError(fatal.length ? fatal : r.issues);
      return { payload: r.payload, value: r.value as T, warnings: r.issues.map((i) => ({ ...i, severity: 'warning' })) };
    },
    validate(xml, options = {}) {
      try {
        const doc = parseXml(xml, options.limits);
        const r = walkDocument(cm, doc, options.payload, true);
        return { valid: !r.issues.some((i) => i.severity === 'error'), ...(r.payload ? { payload: r.payload } : {}), issues: r.issues };
      } catch (e) {
        if (e instanceof XmlCodecError) return { valid: false, issues: [...e.issues] };
        throw e;
      }
    },
    validateValue(payload, value) {
      return validateValue(cm, payload, value);
    },
    encode(payload, value, options = {}) {
      if (!cm.payload(payload)) throw new XmlEncodeError([{ severity: 'error', code: 'UNKNOWN_PAYLOAD', path: '', message: `unknown payload name "${payload}"; known: ${Object.keys(map.payloads).join(', ')}` }]);
      if (options.validate !== false) {
        const errors = validateValue(cm, payload, value).filter((i) => i.severity === 'error');
        if (errors.length) throw new XmlEncodeError(errors);
      }
      const body = encodeValue(cm, payload, value, options.emptyLists);
      return options.declaration === false ? body : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`;
    },
    detect(xml, options = {}) {
      try {
        const doc = parseXml(xml, options.limits);
        const root = doc.root;
        const hits = Object.entries(map.payloads).filter(([, p]) => p.element === root.local);
        return (hits.find(([, p]) => p.ns === root.ns) ?? hits[0])?.[0];
      } catch {
        return undefined;
      }
    },
    operation(id) {
      return byId.get(id);
    },
  };
}
