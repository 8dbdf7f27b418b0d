// Our reader against fast-xml-parser on real documents: the same elements, attributes and text, in order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../../src/xml/parse.js';
import { fixturesDir } from '../support/paths.js';

const fxp = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false, trimValues: true, removeNSPrefix: true, commentPropName: '#comment' });

type Flat = string[];
function flattenOurs(el: XmlElement, out: Flat = []): Flat {
  const attrs = el.attributes.filter((a) => a.ns !== 'http://www.w3.org/2000/xmlns/').map((a) => `@${a.local}=${a.value}`).sort();
  out.push(`<${el.local}${attrs.length ? ' ' + attrs.join(' ') : ''}>`);
  if (el.text.trim()) out.push(`#${el.text.trim()}`);
  for (const c of el.children) flattenOurs(c, out);
  return out;
}
function flattenFxp(nodes: any[], out: Flat = []): Flat {
  for (const n of nodes) {
    const name = Object.keys(n).find((k) => k !== ':@');
    if (!name || name === '#comment' || name.startsWith('?')) continue;
    if (name === '#text') continue;
    const attrs = Object.entries<string>(n[':@'] ?? {}).filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:')).map(([k, v]) => `@${k}=${v}`).sort();
    out.push(`<${name}${attrs.length ? ' ' + attrs.join(' ') : ''}>`);
    const text = (n[name] as any[]).filter((c) => '#text' in c).map((c) => String(c['#text'])).join('');
    if (text.trim()) out.push(`#${text.trim()}`);
    flattenFxp((n[name] as any[]).filter((c) => !('#text' in c)), out);
  }
  return out;
}

const files = readdirSync(fixturesDir).filter((f) => f.endsWith('.xml'));

describe('reader agrees with fast-xml-parser', () => {
  it.each(files)('%s', (file) => {
    const xml = readFileSync(join(fixturesDir, file), 'utf8');
    expect(flattenOurs(parseXml(xml).root)).toEqual(flattenFxp(fxp.parse(xml)));
  });
});
