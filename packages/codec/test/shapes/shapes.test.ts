import { describe, expect, it } from 'vitest';
import { buildXmlMap, createCodec, XmlDecodeError, XmlEncodeError } from '../../src/index.js';
import { meaning } from '../support/meaning.js';
import { CORE_NS, MESSAGES_NS, shapesSpec, TTL_NS } from './shapes.fixture.js';

const codec = createCodec(buildXmlMap(shapesSpec));
const doc = (inner: string, root = 'thing', extra = '') => `<${root} xmlns="${CORE_NS}"${extra}>${inner}</${root}>`;

describe('XML shapes', () => {
  it('attribute-only element', () => {
    const xml = `<link xmlns="${CORE_NS}" function="AD" handle="ADMIN12-ARIN" description="Admin"/>`;
    const r = codec.decode(xml);
    expect(r).toMatchObject({ payload: 'Link', value: { function: 'AD', handle: 'ADMIN12-ARIN', description: 'Admin' }, warnings: [] });
    expect(codec.encode('Link', r.value, { declaration: false })).toBe(`<link xmlns="${CORE_NS}" description="Admin" function="AD" handle="ADMIN12-ARIN"/>`);
  });

  it('attribute with text', () => {
    const r = codec.decode(`<line xmlns="${CORE_NS}" number="0">100 Example Way</line>`);
    expect(r.value).toEqual({ number: 0, text: '100 Example Way' });
    const empty = codec.decode(`<line xmlns="${CORE_NS}" number = "2"></line>`);
    expect(empty.value).toEqual({ number: 2, text: '' });
    expect(meaning(codec.encode('Line', empty.value))).toEqual(meaning(`<line xmlns="${CORE_NS}" number="2"/>`));
  });

  it('namespaced attribute, matched by URI; an unqualified one of the same name is unknown', () => {
    const r = codec.decode(`<nameserver xmlns="${CORE_NS}" xmlns:n="${TTL_NS}" n:ttl="3600" xml:lang="en">NS1.EXAMPLE.NET</nameserver>`);
    expect(r).toMatchObject({ payload: 'Server', value: { ttl: 3600, host: 'NS1.EXAMPLE.NET' }, warnings: [] });
    expect(codec.encode('Server', r.value, { declaration: false })).toBe(`<nameserver xmlns="${CORE_NS}" xmlns:ttl="${TTL_NS}" ttl:ttl="3600">NS1.EXAMPLE.NET</nameserver>`);
    const plain = codec.validate(`<nameserver xmlns="${CORE_NS}" ttl="3600">NS1.EXAMPLE.NET</nameserver>`);
    expect(plain.issues).toEqual([expect.objectContaining({ code: 'UNKNOWN_ATTRIBUTE', path: '/nameserver/@ttl' })]);
  });

  it('wrapped list', () => {
    const r = codec.decode(doc('<name>n</name><emails><email>a@example.net</email><email>b@example.net</email></emails>'));
    expect((r.value as any).emails).toEqual(['a@example.net', 'b@example.net']);
  });

  it('empty list gives [], absent list gives undefined', () => {
    expect((codec.decode(doc('<name>n</name><emails/><pocLinks></pocLinks>')).value as any)).toEqual({ name: 'n', emails: [], links: [] });
    expect((codec.decode(doc('<name>n</name>')).value as any).emails).toBeUndefined();
  });

  it('single-item list is still an array', () => {
    const v = codec.decode(doc('<name>n</name><pocLinks><link function="T" handle="NOC1-ARIN"/></pocLinks><comment><line number="0">x</line></comment>')).value as any;
    expect(v.links).toEqual([{ function: 'T', handle: 'NOC1-ARIN' }]);
    expect(v.comment).toEqual([{ number: 0, text: 'x' }]);
  });

  it('namespaced children are matched by URI, whatever the prefix', () => {
    for (const prefix of ['ns2', 'm', 'x1']) {
      const r = codec.decode(doc(`<name>n</name><${prefix}:messageId>4</${prefix}:messageId>`, 'thing', ` xmlns:${prefix}="${MESSAGES_NS}"`));
      expect(r.value).toEqual({ name: 'n', messageId: 4 });
      expect(r.warnings).toEqual([]);
    }
    const wrongNs = doc('<name>n</name><messageId>4</messageId>');
    expect(codec.decode(wrongNs).warnings.map((w) => w.code)).toEqual(['NAMESPACE']);
    const v = codec.validate(wrongNs);
    expect(v.valid).toBe(false);
    expect(v.issues[0]).toMatchObject({ code: 'NAMESPACE', path: '/thing/messageId', line: 1 });
    expect(codec.encode('Thing', { name: 'n', messageId: 4 }, { declaration: false }))
      .toBe(`<thing xmlns="${CORE_NS}" xmlns:ns2="${MESSAGES_NS}"><name>n</name><ns2:messageId>4</ns2:messageId></thing>`);
  });

  it('prefixed root', () => {
    const r = codec.decode(`<c:thing xmlns:c="${CORE_NS}"><c:name>n</c:name><c:count>3</c:count></c:thing>`);
    expect(r).toMatchObject({ payload: 'Thing', value: { name: 'n', count: 3 }, warnings: [] });
  });

  it('foreign elements are ignored; unknown Reg-RWS elements are warnings when decoding and errors when validating', () => {
    const xml = doc('<name>n</name><x:extra xmlns:x="urn:example:other"><x:deep/></x:extra>\n<bogus>1</bogus>');
    const r = codec.decode(xml);
    expect(r.value).toEqual({ name: 'n' });
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'UNKNOWN_ELEMENT', path: '/thing/bogus', line: 2, column: 1, severity: 'warning' })]);
    expect(codec.validate(xml)).toMatchObject({ valid: false, issues: [expect.objectContaining({ code: 'UNKNOWN_ELEMENT', severity: 'error' })] });
  });

  it('any element order decodes to the same value; encode emits the documented order', () => {
    const a = codec.decode(doc('<count>1</count><name>n</name><flag>true</flag>')).value;
    const b = codec.decode(doc('<flag>true</flag><name>n</name><count>1</count>')).value;
    expect(a).toEqual(b);
    expect(codec.encode('Thing', b, { declaration: false })).toBe(doc('<name>n</name><count>1</count><flag>true</flag>'));
  });

  it('values stay strings unless the schema says integer or boolean', () => {
    const v = codec.decode(doc('<name>0123</name><postal>02134</postal><a>+1.703.227.9840</a><count>007</count><flag>1</flag>')).value as any;
    expect(v).toEqual({ name: '0123', postal: '02134', a: '+1.703.227.9840', count: 7, flag: true });
  });

  it('CDATA and character references are decoded, and escaping round-trips', () => {
    const v = codec.decode(doc('<name><![CDATA[A & B <c>]]> &#x41;&#66;&amp;&lt;&gt;&quot;&apos;</name>')).value as any;
    expect(v.name).toBe('A & B <c> AB&<>"\'');
    const xml = codec.encode('Thing', v);
    expect(xml).toContain('<name>A &amp; B &lt;c&gt; AB&amp;&lt;&gt;"\'</name>');
    expect(codec.decode(xml).value).toEqual(v);
    const link = codec.encode('Link', { function: 'T', handle: 'a"b<&\n' }, { declaration: false });
    expect(codec.decode(link).value).toEqual({ function: 'T', handle: 'a"b<&\n' });
  });

  it('line ends are normalised as XML requires, and a CR written as &#13; survives', () => {
    const v = codec.decode(doc('<name>a\r\nb\rc&#13;d</name>').replace(/></g, '>\r\n<')).value as any;
    expect(v.name).toBe('a\nb\nc\rd');
    expect(codec.decode(codec.encode('Thing', v)).value).toEqual(v);
  });

  it('a value that cannot be read as its type is a located error, not a silent change', () => {
    const err = (() => { try { codec.decode(doc('<name>n</name>\n  <count>MESSAGEID</count>')); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(XmlDecodeError);
    expect((err as XmlDecodeError).issues[0]).toMatchObject({ code: 'TYPE', path: '/thing/count', line: 2, column: 3 });
    expect((err as Error).message).toContain('/thing/count (line 2, column 3): expected an integer');
  });

  it('a repeated single element is a located error', () => {
    expect(() => codec.decode(doc('<name>a</name>\n<name>b</name>'))).toThrow(/\/thing\/name \(line 2, column 1\): <name> appears more than once/);
  });

  it('unwrapped repeated roots (a payload list)', () => {
    const v = codec.decode(`<collection xmlns="${CORE_NS}"><thing><name>a</name></thing><link function="T"/><thing><name>b</name></thing></collection>`).value;
    expect(v).toEqual({ things: [{ name: 'a' }, { name: 'b' }], links: [{ function: 'T' }] });
    expect(codec.decode(`<collection xmlns="${CORE_NS}"/>`).value).toEqual({});
    expect(codec.encode('Bag', {}, { declaration: false })).toBe(`<collection xmlns="${CORE_NS}"/>`);
  });

  it('validate reports bad enums, missing required fields, exclusivity and cardinality with paths', () => {
    const r = codec.validate(`<either xmlns="${CORE_NS}"><thing><kind>Z</kind><a>1</a><b>2</b><code>E_NEW</code></thing><link/></either>`);
    const codes = r.issues.map((i) => `${i.severity}:${i.code}:${i.path}`);
    expect(codes).toEqual(expect.arrayContaining([
      'error:ENUM:/either/thing/kind',
      'warning:UNKNOWN_VALUE:/either/thing/code',
      'error:REQUIRED:/either/thing',
      'error:EXCLUSIVE:/either/thing',
      'error:REQUIRED:/either/link',
      'error:CARDINALITY:/either',
    ]));
    expect(r.valid).toBe(false);
  });

  it('a required element that is empty is as good as missing, in documents and in values alike', () => {
    expect(codec.validate(doc('<name></name>')).issues).toEqual([expect.objectContaining({ code: 'REQUIRED', path: '/thing', message: 'required name is missing or empty' })]);
    expect(codec.validateValue('Thing', { name: '' })).toEqual([expect.objectContaining({ code: 'REQUIRED' })]);
    expect(() => codec.encode('Thing', { name: '' })).toThrow(/required name is missing or empty/);
  });

  it('encode can keep empty wrappers, as the real server writes its responses', () => {
    expect(codec.encode('Thing', { name: 'n', links: [], comment: [] }, { declaration: false, emptyLists: 'keep' })).toBe(doc('<name>n</name><pocLinks/><comment/>'));
    expect(codec.encode('Bag', { things: [] }, { declaration: false, emptyLists: 'keep' })).toBe(`<collection xmlns="${CORE_NS}"/>`);
  });

  it('validate enforces minItems on lists', () => {
    expect(codec.validate(doc('<name>n</name><emails/>')).issues).toEqual([expect.objectContaining({ code: 'CARDINALITY', path: '/thing', message: 'emails needs at least 1 <email>' })]);
  });

  it('encode omits empty optional elements and refuses invalid values', () => {
    expect(codec.encode('Thing', { name: 'n', postal: '', links: [], comment: [] }, { declaration: false })).toBe(doc('<name>n</name>'));
    expect(() => codec.encode('Thing', { name: 'n', nmae: 'typo' })).toThrow(XmlEncodeError);
    expect(() => codec.encode('Thing', { name: 'n', count: '3' })).toThrow(/\/thing\/count: expected an integer/);
    expect(() => codec.encode('Thing', { name: 'n', kind: 'Q' })).toThrow(/ENUM|not one of/);
    expect(() => codec.encode('Nope', {})).toThrow(/unknown payload/);
  });

  it('root detection and wrong roots', () => {
    expect(codec.detect(doc('<name>n</name>'))).toBe('Thing');
    expect(() => codec.decode(`<delegation xmlns="${CORE_NS}"/>`)).toThrow(/not a known Reg-RWS payload/);
    expect(() => codec.decode(doc('<name>n</name>'), { payload: 'Link' })).toThrow(/expected root element <link>/);
    const noNs = codec.decode('<thing><name>n</name></thing>');
    expect(noNs.warnings.map((w) => w.code)).toEqual(['NAMESPACE', 'NAMESPACE']);
  });
});
