// Generated from spec/ by packages/codec/scripts/generate-xml-map.mjs. Do not edit: run `npm run generate`.
import type { XmlMap } from '../types.js';

export const xmlMap: XmlMap = { version: 1, prefixes: {}, payloads: {}, schemas: {}, operations: [] };
