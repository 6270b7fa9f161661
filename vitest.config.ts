import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // one temporary folder per run, removed at its end (test/helpers/global-setup.ts)
    globalSetup: ['test/helpers/global-setup.ts'],
    setupFiles: ['test/helpers/quiet-masks.ts'],
    // @actions/workflow-parser imports its JSON schemas without import attributes, which Node 20
    // refuses; let Vite transform it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
