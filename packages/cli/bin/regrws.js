#!/usr/bin/env node
import { run, nodeIo } from '../dist/cli.js';

// A reader that stops early (`regrws decode x.xml | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await run(process.argv.slice(2), nodeIo);
