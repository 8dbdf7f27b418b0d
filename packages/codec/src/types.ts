/** The XML map: everything the codec knows about Reg-RWS XML, derived from the spec's `xml` metadata. */

export type ScalarType = 'string' | 'integer' | 'boolean';

export interface ScalarNode {
  kind: 'scalar';
  type: ScalarType;
  /** Closed set: any other value is a validation error. */
  enum?: readonly (string | number | boolean)[];
  /** Open set (`x-extensible-enum`): other values are accepted with a warning. */
  knownValues?: readonly string[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
}

export interface FieldNode {
  /** Property name in the typed object. */
  prop: string;
  /** Local name of the element or attribute. */
  name: string;
  /** Namespace URI of the element; `null` means "the parent's namespace". Attributes have none. */
  ns: string | null;
  attribute?: boolean;
  /** `x-xml-text`: the element's own text content. */
  text?: boolean;
  readOnly?: boolean;
  /** Present when the property is a list. */
  list?: { wrapped: boolean; item: string; itemNs: string | null; minItems?: number; maxItems?: number };
  type: TypeRef;
}

export interface ObjectNode {
  kind: 'object';
  fields: readonly FieldNode[];
  required: readonly string[];
  /** `x-regrws-mutually-exclusive`: at most one property of each group may be present. */
  exclusive?: readonly (readonly string[])[];
  minProperties?: number;
  maxProperties?: number;
}

export interface ListNode {
  kind: 'list';
  wrapped: boolean;
  item: string;
  itemNs: string | null;
  type: TypeRef;
}

export type TypeNode = ScalarNode | ObjectNode | ListNode;
/** A named schema (component name) or an inline node. */
export type TypeRef = string | TypeNode;

export interface PayloadNode {
  /** Root element local name. */
  element: string;
  /** Root element namespace URI. The payload's type is the schema of the same name. */
  ns: string;
}

export interface OperationParam {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  /** True when the parameter is written as `;name={name}` in the path template. */
  matrix?: boolean;
  type: ScalarNode;
}

export interface OperationInfo {
  operationId: string;
  method: 'get' | 'put' | 'post' | 'delete' | 'patch';
  path: string;
  tags: readonly string[];
  summary: string;
  /** `x-regrws-idempotent`: safe to replay automatically. */
  idempotent: boolean;
  params: readonly OperationParam[];
  /** Payload name of the XML request body, if any. */
  request?: string;
  requestRequired?: boolean;
  /** Status code → payload name of the XML body (null when the response has no XML body). */
  responses: Readonly<Record<string, string | null>>;
}

export interface XmlMap {
  version: 1;
  /** Conventional prefixes for the namespaces in use (core is the default namespace). */
  prefixes: Readonly<Record<string, string>>;
  /** Every named schema that has an `xml.name` and can stand as a document root. */
  payloads: Readonly<Record<string, PayloadNode>>;
  /** Every named schema. */
  schemas: Readonly<Record<string, TypeNode>>;
  operations: readonly OperationInfo[];
}

/** One problem found in a document or a value. */
export interface XmlIssue {
  severity: 'error' | 'warning';
  code: IssueCode;
  /** XPath-like location, e.g. `/poc/phones/phone[2]/type/code` or `/org/pocLinks/pocLinkRef[1]/@function`. */
  path: string;
  line?: number;
  column?: number;
  message: string;
}

export type IssueCode =
  | 'MALFORMED'
  | 'FORBIDDEN_DTD'
  | 'LIMIT_EXCEEDED'
  | 'ENCODING'
  | 'UNKNOWN_PAYLOAD'
  | 'WRONG_ROOT'
  | 'NAMESPACE'
  | 'UNKNOWN_ELEMENT'
  | 'UNKNOWN_ATTRIBUTE'
  | 'UNEXPECTED_TEXT'
  | 'DUPLICATE'
  | 'TYPE'
  | 'ENUM'
  | 'UNKNOWN_VALUE'
  | 'PATTERN'
  | 'RANGE'
  | 'REQUIRED'
  | 'EXCLUSIVE'
  | 'CARDINALITY'
  | 'UNKNOWN_PROPERTY';

export interface Limits {
  /** Largest document accepted, in bytes (UTF-8) or UTF-16 code units for strings. */
  maxBytes: number;
  /** Deepest element nesting accepted. */
  maxDepth: number;
  /** Most elements in one document. */
  maxElements: number;
  /** Most attributes on one element. */
  maxAttributes: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 8 * 1024 * 1024,
  maxDepth: 64,
  maxElements: 200_000,
  maxAttributes: 64,
});
