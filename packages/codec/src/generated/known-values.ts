// Generated from spec/ by packages/codec/scripts/generate-xml-map.mjs. Do not edit: run `npm run generate`.

export {};
