// Which Docker Compose this machine has: the plugin (`docker compose`, Docker Desktop and
// current engines) or the standalone `docker-compose` (Debian's package). Checking a compose
// file (`config`) needs neither a running engine nor images.
import { spawnSync } from 'node:child_process'

/** @returns {string[] | null} the command and its first arguments, e.g. ['docker', 'compose'] */
export function composeCommand() {
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    const probe = spawnSync(command[0], [...command.slice(1), 'version'], { encoding: 'utf8' })
    if (probe.status === 0) return command
  }
  return null
}
