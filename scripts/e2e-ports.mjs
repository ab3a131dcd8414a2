// The loopback ports the browser tests use, in one place for the test runner's preflight, the
// Playwright config and its fixtures. E2E_PORT moves them all (default 3100).
export const E2E_BASE_PORT = Number(process.env.E2E_PORT ?? 3100)

/** How many production servers (and Playwright workers) the browser tests run side by side. */
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2))

/** Worker N's production server. */
export const e2ePort = (workerIndex) => E2E_BASE_PORT + workerIndex

/** The restored copy that the backup test starts beside the servers. */
export const E2E_RESTORED_PORT = E2E_BASE_PORT + 99

/** The scale-out test's stack (scripts/scaled-stack.mjs): two app instances, nginx and Redis. */
export const E2E_SCALED = {
  basePort: E2E_BASE_PORT + 50,
  proxyPort: E2E_BASE_PORT + 60,
  refreshPort: E2E_BASE_PORT + 61,
  redisPort: E2E_BASE_PORT + 3380,
}

export const e2ePorts = () => [
  ...Array.from({ length: E2E_WORKERS }, (_, index) => e2ePort(index)),
  E2E_RESTORED_PORT,
  E2E_SCALED.basePort,
  E2E_SCALED.basePort + 1,
  E2E_SCALED.proxyPort,
  E2E_SCALED.refreshPort,
  E2E_SCALED.redisPort,
]
