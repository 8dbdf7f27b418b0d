/**
 * Entry of the Prism child process. It runs Prism's CLI in this process and exits as soon as its
 * stdin closes, which happens when the parent exits for any reason (even SIGKILL): no orphan Prism.
 */
import { createRequire } from 'node:module';

process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();

const require = createRequire(import.meta.url);
// Prism's CLI parses process.argv.slice(2): `mock <document> --port …`, as passed by prism.ts.
require('@stoplight/prism-cli');
