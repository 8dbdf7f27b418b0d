export { createCodec } from './codec.js';
export type { Codec, DecodeOptions, DecodeResult, ValidationResult } from './codec.js';
export type { EncodeOptions } from './encode.js';
export { XmlCodecError, XmlDecodeError, XmlEncodeError, XmlSyntaxError } from './errors.js';
export { buildXmlMap, resolvePointer, XmlMapBuildError } from './map/build.js';
export { CORE_NS } from './compiled.js';
export { DEFAULT_LIMITS } from './types.js';
export type * from './types.js';
export { xmlMap } from './generated/xml-map.js';
export * from './generated/known-values.js';

import { createCodec } from './codec.js';
import { xmlMap } from './generated/xml-map.js';

/** The codec for the Reg-RWS spec in this repository. */
export const codec = createCodec(xmlMap);
export const { decode, validate, validateValue, encode, detect } = codec;
