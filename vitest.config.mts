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
    setupFiles: ['tests/setup/isolated-env.ts'],
    // One process per file: each file gets its own Payload instance on its own temp SQLite file.
    pool: 'forks',
    isolate: true,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
