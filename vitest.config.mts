import os from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    server: {
      // next-intl imports `next/navigation` without an extension, which Node's ESM resolver
      // refuses outside Next; letting Vite process it resolves it like Next does.
      deps: { inline: ['next-intl'] },
    },
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/setup/templates.ts'],
    setupFiles: ['tests/setup/isolated-env.ts'],
    // One process per file: each file gets its own Payload instance on its own temp SQLite file.
    pool: 'forks',
    isolate: true,
    // Vitest's default leaves one core free: on a 2-core machine that is one file at a time.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // Generous: in `npm test` these files run beside the build and the browser tests, which may
    // leave them little CPU for a while on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
})
