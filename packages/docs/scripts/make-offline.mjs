#!/usr/bin/env node
// Redoc's "API docs by Redocly" attribution loads its logo from cdn.redoc.ly, the page's only network
// request, and no option turns it off. Swap the two image URLs for an inline SVG of the same wording so
// the page loads nothing from the network; the attribution text and link stay. Fails loudly if the
// markup changes, so a new external request cannot slip in silently.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: make-offline.mjs <built index.html>');
  process.exit(2);
}
const logo = (width) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="16" viewBox="0 0 ${width} 16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#888">Redocly</text></svg>`)}`;
const replacements = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', logo(56)],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', logo(56)],
];
let html = readFileSync(file, 'utf8');
for (const [from, to] of replacements) {
  const count = html.split(from).length - 1;
  if (count !== 1) {
    console.error(`make-offline: expected "${from}" once in ${file}, found ${count}; check the page for new external requests`);
    process.exit(1);
  }
  html = html.replace(from, to);
}
writeFileSync(file, html);
console.log(`make-offline: ${file} references no remote images`);
