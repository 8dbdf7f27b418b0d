import { CORE_NS } from '../support/fake-fetch.js';

export const pocXml = `<poc xmlns="${CORE_NS}"><handle>DOEJA5-ARIN</handle><lastName>Doe</lastName></poc>`;
/** A POC with an element the spec does not know: read with a warning, not refused. */
export const pocWithNewElementXml = `<poc xmlns="${CORE_NS}"><handle>DOEJA5-ARIN</handle><lastName>Doe</lastName><favouriteColour>teal</favouriteColour></poc>`;
