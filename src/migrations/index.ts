import * as migration_20261126_173350_initial from './20261126_173350_initial'

export const migrations = [
  {
    up: migration_20261126_173350_initial.up,
    down: migration_20261126_173350_initial.down,
    name: '20261126_173350_initial',
  },
]
