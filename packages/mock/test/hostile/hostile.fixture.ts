/** Hostile request bodies. Each is answered with an error in bounded time. */
const NS = 'http://www.arin.net/regrws/core/v1';

export const externalEntity = `<?xml version="1.0"?>
<!DOCTYPE poc [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<poc xmlns="${NS}"><contactType>PERSON</contactType><lastName>&xxe;</lastName></poc>`;

export const entityBomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n ')}
]>
<poc xmlns="${NS}"><lastName>&lol9;</lastName></poc>`;

export const undefinedEntity = `<poc xmlns="${NS}"><lastName>&bogus;</lastName></poc>`;

/** 1,000 nested elements inside a POC's comment. */
export const deepNesting = `<poc xmlns="${NS}"><comment>${'<line>'.repeat(1000)}x${'</line>'.repeat(1000)}</comment></poc>`;

/** `<lastName>` with the bytes 0xC3 0x28 (an invalid UTF-8 sequence). */
export const invalidUtf8 = Buffer.concat([
  Buffer.from(`<poc xmlns="${NS}"><contactType>PERSON</contactType><lastName>`),
  Buffer.from([0xc3, 0x28]),
  Buffer.from('</lastName></poc>'),
]);
