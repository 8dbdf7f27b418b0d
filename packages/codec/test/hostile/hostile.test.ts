import { describe, expect, it } from 'vitest';
import { buildXmlMap, createCodec, resolvePointer, XmlMapBuildError, XmlSyntaxError } from '../../src/index.js';
import { CORE_NS, shapesSpec } from '../shapes/shapes.fixture.js';

const codec = createCodec(buildXmlMap(shapesSpec));

function syntaxError(input: string | Uint8Array, limits?: Parameters<typeof codec.decode>[1]): XmlSyntaxError {
  try {
    codec.decode(input, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(XmlSyntaxError);
    return e as XmlSyntaxError;
  }
  throw new Error('expected an XmlSyntaxError');
}

describe('hostile and broken input', () => {
  it('refuses a DOCTYPE (XXE) with its location, and never reads a file', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE thing [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<thing xmlns="${CORE_NS}"><name>&xxe;</name></thing>`;
    const e = syntaxError(xxe);
    expect(e.issues[0]).toMatchObject({ code: 'FORBIDDEN_DTD', line: 2, column: 1 });
    expect(e.message).not.toContain('root:');
  });

  it('refuses billion laughs before expanding anything', () => {
    const lol = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><thing xmlns="${CORE_NS}"><name>&lol9;</name></thing>`;
    const t = performance.now();
    expect(syntaxError(lol).issues[0]!.code).toBe('FORBIDDEN_DTD');
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('refuses undefined entities and entity declarations outside a DOCTYPE', () => {
    const nbsp = `<thing xmlns="${CORE_NS}"><name>&nbsp;</name></thing>`;
    expect(syntaxError(nbsp).issues[0]).toMatchObject({ code: 'FORBIDDEN_DTD', line: 1, column: nbsp.indexOf('&') + 1 });
    expect(syntaxError(`<thing xmlns="${CORE_NS}"><!ENTITY x "y"></thing>`).issues[0]!.code).toBe('FORBIDDEN_DTD');
  });

  it.each([
    ['unclosed element', `<thing xmlns="${CORE_NS}"><name>x</thing>`, /does not match start tag <name>/],
    ['several roots', `<thing xmlns="${CORE_NS}"/><thing xmlns="${CORE_NS}"/>`, /exactly one root/],
    ['text after the root', `<thing xmlns="${CORE_NS}"/>junk`, /text after the root/],
    ['not XML at all', 'not xml', /text before the root/],
    ['empty document', '', /no root element/],
    ['truncated document', `<thing xmlns="${CORE_NS}"><name>x`, /not closed/],
    ['unquoted attribute', `<link xmlns="${CORE_NS}" function=AD/>`, /must be quoted/],
    ['duplicate attribute', `<link xmlns="${CORE_NS}" function="AD" function="T"/>`, /duplicate attribute/],
    ['undeclared prefix', `<x:thing xmlns="${CORE_NS}"/>`, /prefix "x" is not declared/],
    ['bare ampersand', `<thing xmlns="${CORE_NS}"><name>a & b</name></thing>`, /must start a reference/],
    ['control character', `<thing xmlns="${CORE_NS}"><name>a\u0001</name></thing>`, /U\+0001/],
    ['bad character reference', `<thing xmlns="${CORE_NS}"><name>&#0;</name></thing>`, /not a valid XML character/],
    ['late XML declaration', ` <?xml version="1.0"?><thing xmlns="${CORE_NS}"/>`, /very first thing/],
    ['non-UTF-8 encoding declared', `<?xml version="1.0" encoding="ISO-8859-1"?><thing xmlns="${CORE_NS}"/>`, /not supported/],
  ])('%s is a located syntax error', (_, xml, why) => {
    const e = syntaxError(xml);
    expect(e.message).toMatch(why);
    expect(e.issues[0]!.line).toBeGreaterThanOrEqual(1);
    expect(e.issues[0]!.column).toBeGreaterThanOrEqual(1);
  });

  it('names the open elements where a syntax error happens', () => {
    expect(syntaxError(`<thing xmlns="${CORE_NS}"><emails>\n<email>a&b</email></emails></thing>`).issues[0]).toMatchObject({ path: '/thing/emails/email', line: 2, column: 9 });
  });

  it('names from the document never reach Object.prototype', () => {
    for (const prefix of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(syntaxError(`<thing xmlns="${CORE_NS}"><name>n</name><${prefix}:name>x</${prefix}:name></thing>`).message).toContain(`prefix "${prefix}" is not declared`);
    }
    expect(syntaxError(`<thing xmlns="${CORE_NS}"><name>&constructor;</name></thing>`).issues[0]!.code).toBe('FORBIDDEN_DTD');
    expect(syntaxError(`<thing xmlns="${CORE_NS}"><name>&__proto__;</name></thing>`).issues[0]!.code).toBe('FORBIDDEN_DTD');
  });

  it('payload names inherited from Object.prototype are unknown payloads, not crashes', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(() => codec.encode(name, {})).toThrow(/unknown payload name/);
      expect(codec.validateValue(name, {})).toEqual([expect.objectContaining({ code: 'UNKNOWN_PAYLOAD' })]);
      expect(() => codec.decode(`<thing xmlns="${CORE_NS}"><name>n</name></thing>`, { payload: name })).toThrow(/unknown payload name/);
    }
  });

  it('$refs resolve through own properties only', () => {
    const spec = { components: { schemas: { A: { type: 'object', properties: { b: { $ref: '#/components/schemas/constructor' } } } } } };
    expect(() => buildXmlMap(spec)).toThrow(XmlMapBuildError);
    expect(() => resolvePointer(spec, '#/components/toString')).toThrow(/dangling \$ref/);
    expect(resolvePointer(spec, '#/components/schemas/A')).toBe(spec.components.schemas.A);
  });

  it('encode refuses unpaired surrogates, which UTF-8 cannot carry', () => {
    expect(() => codec.encode('Thing', { name: 'Ops \uD800 team' })).toThrow(/unpaired surrogate/);
    expect(codec.decode(codec.encode('Thing', { name: 'emoji \u{1F600}' })).value).toEqual({ name: 'emoji \u{1F600}' });
  });

  it('refuses invalid UTF-8 bytes', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`<thing xmlns="${CORE_NS}"><name>`), 0xc3, 0x28, ...new TextEncoder().encode('</name></thing>')]);
    expect(syntaxError(bytes).issues[0]!.code).toBe('ENCODING');
    expect(codec.decode(new TextEncoder().encode(`\uFEFF<thing xmlns="${CORE_NS}"><name>é</name></thing>`)).value).toEqual({ name: 'é' });
  });

  it('bounds depth, size, element and attribute counts', () => {
    const deep = `<thing xmlns="${CORE_NS}">${'<x>'.repeat(1000)}${'</x>'.repeat(1000)}</thing>`;
    expect(syntaxError(deep).issues[0]!.message).toMatch(/nested deeper than 64/);
    expect(syntaxError(`<thing xmlns="${CORE_NS}"><name>${'a'.repeat(2000)}</name></thing>`, { limits: { maxBytes: 1000 } }).issues[0]!.code).toBe('LIMIT_EXCEEDED');
    expect(syntaxError(`<thing xmlns="${CORE_NS}">${'<e/>'.repeat(50)}</thing>`, { limits: { maxElements: 10 } }).issues[0]!.code).toBe('LIMIT_EXCEEDED');
    const attrs = Array.from({ length: 100 }, (_, i) => ` a${i}="1"`).join('');
    expect(syntaxError(`<thing xmlns="${CORE_NS}"${attrs}/>`).issues[0]!.code).toBe('LIMIT_EXCEEDED');
  });

  it('stays linear on large and pathological input', () => {
    const many = `<thing xmlns="${CORE_NS}"><name>n</name>${'<!-- c -->'.repeat(20000)}${'<x:f xmlns:x="urn:f">&amp;</x:f>'.repeat(20000)}</thing>`;
    const t = performance.now();
    expect(codec.decode(many).value).toEqual({ name: 'n' });
    expect(syntaxError('<'.repeat(200000)).issues[0]!.code).toBe('MALFORMED');
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it('validate reports syntax problems instead of throwing', () => {
    const r = codec.validate(`<!DOCTYPE x><thing xmlns="${CORE_NS}"/>`);
    expect(r).toMatchObject({ valid: false, issues: [{ code: 'FORBIDDEN_DTD', line: 1, column: 1 }] });
  });
});
