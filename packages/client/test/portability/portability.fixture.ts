/** What a browser bundle cannot resolve or does not have. */
export const nodeOnly = [
  { name: 'node: import', pattern: /from\s+['"]node:|import\(\s*['"]node:|require\(/ },
  { name: 'Buffer', pattern: /\bBuffer\b/ },
  { name: 'process', pattern: /\bprocess\./ },
];
