import { defineConfig } from 'vitest/config';

// Two projects: `unit` (everything that needs only loopback servers: the default, `npm test` runs it
// first) and `real-cluster` (test/real: against the local Kubernetes built from upstream, run inside
// its network namespace through `npm run cluster -- exec`, one file at a time since they share the
// cluster). scripts/test.mjs runs both; `npx vitest run --project unit` runs the first alone.
const shared = {
  pool: 'forks' as const,
  // one temporary folder per run, removed at its end (test/helpers/global-setup.ts)
  globalSetup: ['test/helpers/global-setup.ts'],
  setupFiles: ['test/helpers/quiet-masks.ts', 'test/helpers/quiet-runner-commands.ts'],
  // @actions/workflow-parser imports its JSON schemas without import attributes, which Node 20
  // refuses; let Vite transform it.
  server: { deps: { inline: ['@actions/workflow-parser'] } },
};

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/real/**', '**/node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      { test: { ...shared, name: 'real-cluster', include: ['test/real/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000, fileParallelism: false } },
    ],
  },
});
