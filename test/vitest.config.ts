import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'bench/**'],
    // Network tests open servers on 127.0.0.1 only; every one of them has its own timeout too.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    teardownTimeout: 15_000,
    // Two cores: the fuzz file and the mock file each start a mock; do not run them side by side.
    fileParallelism: false,
    reporters: ['default', './support/contract-table-reporter.ts'],
  },
});
