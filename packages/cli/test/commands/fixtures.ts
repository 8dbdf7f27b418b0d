export const CORE = 'http://www.arin.net/regrws/core/v1';
export const validPhone = `<?xml version="1.0" encoding="UTF-8"?>\n<phone xmlns="${CORE}"><number>+1.703.227.9840</number><type><code>O</code></type></phone>\n`;
// Line 3: a bad enum; line 4: an unknown element.
export const invalidPhone = `<phone xmlns="${CORE}">\n  <number>+1-555-555-0100</number>\n  <type><code>Z</code></type>\n  <faxNumber>1</faxNumber>\n</phone>\n`;
export const malformed = `<phone xmlns="${CORE}">\n  <number>1</numbr>\n</phone>`;
export const phoneJson = { number: '02134', type: { code: 'M' }, extension: '0123' };
