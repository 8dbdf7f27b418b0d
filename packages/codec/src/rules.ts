/** Value rules shared by document validation and typed-value validation. */
import type { IssueCode, ObjectNode, ScalarNode } from './types.js';
import { FORBIDDEN_CHAR } from './xml/parse.js';

export interface Finding {
  code: IssueCode;
  message: string;
}

const patterns = new Map<string, RegExp>();

export function checkScalar(node: ScalarNode, value: unknown): Finding[] {
  const out: Finding[] = [];
  if (node.enum && !node.enum.includes(value as never)) {
    out.push({ code: 'ENUM', message: `${JSON.stringify(value)} is not one of ${node.enum.map((e) => JSON.stringify(e)).join(', ')}` });
  } else if (node.knownValues && typeof value === 'string' && !node.knownValues.includes(value)) {
    out.push({ code: 'UNKNOWN_VALUE', message: `${JSON.stringify(value)} is not a documented value (accepted: this set is open)` });
  }
  if (typeof value === 'string') {
    if (node.pattern) {
      let re = patterns.get(node.pattern);
      if (!re) patterns.set(node.pattern, (re = new RegExp(node.pattern, 'u')));
      if (!re.test(value)) out.push({ code: 'PATTERN', message: `${JSON.stringify(value)} does not match ${node.pattern}` });
    }
    if (node.minLength !== undefined && [...value].length < node.minLength) out.push({ code: 'RANGE', message: `must be at least ${node.minLength} characters long` });
    if (node.maxLength !== undefined && [...value].length > node.maxLength) out.push({ code: 'RANGE', message: `must be at most ${node.maxLength} characters long` });
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) out.push({ code: 'RANGE', message: `${value} is less than ${node.minimum}` });
    if (node.maximum !== undefined && value > node.maximum) out.push({ code: 'RANGE', message: `${value} is greater than ${node.maximum}` });
  }
  return out;
}

/** Type check for typed values (documents are typed by the walker). */
export function checkScalarType(node: ScalarNode, value: unknown): Finding | undefined {
  switch (node.type) {
    case 'integer':
      return Number.isSafeInteger(value) ? undefined : { code: 'TYPE', message: `expected an integer, found ${describe(value)}` };
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { code: 'TYPE', message: `expected a boolean, found ${describe(value)}` };
    default:
      if (typeof value !== 'string') return { code: 'TYPE', message: `expected a string, found ${describe(value)}` };
      return FORBIDDEN_CHAR.test(value) ? { code: 'TYPE', message: 'contains a character that XML 1.0 cannot carry (a control character or an unpaired surrogate)' } : undefined;
  }
}

export function checkObjectRules(node: ObjectNode, value: Record<string, unknown>, nameOf: (prop: string) => string): Finding[] {
  const out: Finding[] = [];
  // Empty lists and empty strings count as absent: the canonical encoding omits them.
  const present = (p: string) => {
    const v = value[p];
    return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
  };
  for (const r of node.required) {
    if (!present(r)) out.push({ code: 'REQUIRED', message: `required ${nameOf(r)} is missing or empty` });
  }
  for (const f of node.fields) {
    const list = value[f.prop];
    if (!f.list || !Array.isArray(list)) continue;
    if (f.list.minItems !== undefined && list.length < f.list.minItems) out.push({ code: 'CARDINALITY', message: `${nameOf(f.prop)} needs at least ${f.list.minItems} <${f.list.item}>` });
    if (f.list.maxItems !== undefined && list.length > f.list.maxItems) out.push({ code: 'CARDINALITY', message: `${nameOf(f.prop)} allows at most ${f.list.maxItems} <${f.list.item}>` });
  }
  for (const group of node.exclusive ?? []) {
    const there = group.filter(present);
    if (there.length > 1) out.push({ code: 'EXCLUSIVE', message: `${there.map(nameOf).join(' and ')} cannot be used together (at most one of ${group.map(nameOf).join(', ')})` });
  }
  if (node.minProperties !== undefined || node.maxProperties !== undefined) {
    const n = node.fields.filter((f) => present(f.prop)).length;
    if (node.minProperties !== undefined && n < node.minProperties) out.push({ code: 'CARDINALITY', message: `needs at least ${node.minProperties} of ${node.fields.map((f) => f.name).join(', ')}` });
    if (node.maxProperties !== undefined && n > node.maxProperties) out.push({ code: 'CARDINALITY', message: `allows at most ${node.maxProperties} of ${node.fields.map((f) => f.name).join(', ')}, found ${n}` });
  }
  return out;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? JSON.stringify(v) : `${typeof v} ${JSON.stringify(v)}`;
}
