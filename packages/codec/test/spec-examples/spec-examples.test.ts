// Every XML example in the bundled spec is decoded, validated and round-tripped. This replaces Redocly's
// example check, which cannot read XML.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codec } from '../../src/index.js';
import { meaning, withoutEmptyLists } from '../support/meaning.js';
import { bundledSpecPath } from '../support/paths.js';

const spec = JSON.parse(readFileSync(bundledSpecPath, 'utf8'));
const deref = (x: any): any => {
  if (!x?.$ref) return x;
  return deref(x.$ref.slice(2).split('/').reduce((o: any, k: string) => o?.[k], spec));
};

interface Case { where: string; payload: string; xml: string; request: boolean }
const cases: Case[] = [];
const missing: string[] = [];
for (const [path, item] of Object.entries<any>(spec.paths)) {
  for (const method of ['get', 'put', 'post', 'delete']) {
    const op = item[method];
    if (!op) continue;
    const media: [string, any, boolean][] = [];
    if (op.requestBody) media.push([`${op.operationId} request`, deref(op.requestBody).content?.['application/xml'], true]);
    for (const [status, res] of Object.entries<any>(op.responses)) media.push([`${op.operationId} ${status}`, deref(res).content?.['application/xml'], false]);
    for (const [where, m, request] of media) {
      if (!m) continue;
      const payload = m.schema.$ref.split('/').pop();
      const examples = Object.entries<any>(m.examples ?? {}).map(([name, e]) => [name, deref(e).value] as const);
      if (m.example !== undefined) examples.push(['example', m.example]);
      if (!examples.length) missing.push(where);
      for (const [name, xml] of examples) cases.push({ where: `${where} ${name}`, payload, xml, request });
    }
  }
}

describe('spec examples', () => {
  it('every XML request body and response has an example', () => {
    expect(missing).toEqual([]);
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases.map((c) => [c.where, c] as const))('%s', (_, c) => {
    const v = codec.validate(c.xml, { payload: c.payload });
    expect(v.issues).toEqual([]);
    const r = codec.decode<any>(c.xml, { payload: c.payload });
    expect(r.warnings).toEqual([]);
    const again = codec.encode(c.payload, r.value);
    expect(meaning(again)).toEqual(meaning(c.xml));
    expect(codec.decode(again).value).toEqual(withoutEmptyLists(r.value));
    if (!c.request) expect(c.xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
  });

  it('response examples look like real server output', () => {
    for (const c of cases.filter((x) => !x.request)) {
      const value = codec.decode<any>(c.xml, { payload: c.payload }).value;
      const text = JSON.stringify(value);
      // ISO 8601 dates with offset, never Java's Date.toString().
      for (const d of text.match(/"(?:registrationDate|createdDate|updatedDate|resolvedDate|closedDate)":"[^"]*"/g) ?? []) {
        expect(d, c.where).toMatch(/"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?[+-]\d{2}:\d{2}"$/);
      }
      // Zero-padded IPv4 addresses.
      for (const ip of text.match(/"(?:startAddress|endAddress)":"[\d.]+"/g) ?? []) expect(ip, c.where).toMatch(/"\d{3}\.\d{3}\.\d{3}\.\d{3}"$/);
      // 0-based line numbers.
      for (const lines of text.match(/\[\{"number":\d+/g) ?? []) expect(lines, c.where).toBe('[{"number":0');
    }
  });
});
