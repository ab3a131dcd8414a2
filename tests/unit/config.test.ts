import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { resolveDatabase } from '@/config/database'
import { ConfigError } from '@/config/errors'
import { resolveSecret } from '@/config/secret'

const originalCwd = process.cwd()
afterEach(() => process.chdir(originalCwd))

describe('DATABASE_URI', () => {
  it('defaults to separate embedded SQLite files for development and production', () => {
    const dev = resolveDatabase({ NODE_ENV: 'development' })
    const prod = resolveDatabase({ NODE_ENV: 'production' })
    expect(dev).toMatchObject({ kind: 'sqlite' })
    expect(prod).toMatchObject({ kind: 'sqlite' })
    expect(dev.kind === 'sqlite' && path.basename(dev.file)).toBe('dev.db')
    expect(prod.kind === 'sqlite' && path.basename(prod.file)).toBe('ame-spa.db')
  })

  it('accepts file: and MongoDB URIs', () => {
    expect(resolveDatabase({ DATABASE_URI: 'file:./data/x.db' })).toMatchObject({
      kind: 'sqlite',
      file: path.resolve('data/x.db'),
    })
    expect(
      resolveDatabase({ DATABASE_URI: 'mongodb://mongo:27017/ame?replicaSet=rs0' }),
    ).toMatchObject({
      kind: 'mongodb',
      host: 'mongo:27017',
    })
    expect(
      resolveDatabase({ DATABASE_URI: 'mongodb+srv://u:p@cluster0.example.net/ame' }),
    ).toMatchObject({
      kind: 'mongodb',
      host: 'cluster0.example.net',
    })
  })

  it('explains an unsupported URI instead of failing later', () => {
    expect(() => resolveDatabase({ DATABASE_URI: 'postgres://localhost/ame' })).toThrow(ConfigError)
    expect(() => resolveDatabase({ DATABASE_URI: 'postgres://localhost/ame' })).toThrow(
      /unsupported scheme "postgres:".*mongodb:\/\/.*file:/,
    )
    expect(() => resolveDatabase({ DATABASE_URI: 'file:' })).toThrow(/without a path/)
  })
})

describe('PAYLOAD_SECRET', () => {
  it('is required in production, with the fix in the message', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' })).toThrow(
      /PAYLOAD_SECRET is not set.*openssl rand/,
    )
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(
      /too short/,
    )
    const random = crypto.randomBytes(32).toString('hex')
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: random })).toBe(random)
  })

  it('refuses guessable secrets in production (probe F14), with the command that makes one', () => {
    for (const [secret, reason] of [
      ['a'.repeat(36), /repeats a short pattern/],
      ['changeme-changeme-changeme-changeme', /is an example value/],
      ['abcd1234'.repeat(5), /repeats a short pattern/],
      ['bench-'.padEnd(48, 'x'), /looks guessable \(about 4\d bits/],
      ['correct horse battery staple 2026', /looks guessable/],
    ] as const) {
      expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrow(
        reason,
      )
      expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrow(
        /openssl rand -hex 32/,
      )
    }
    // Development keeps working with whatever a developer set.
    expect(resolveSecret({ NODE_ENV: 'development', PAYLOAD_SECRET: 'a'.repeat(36) })).toBe(
      'a'.repeat(36),
    )
  })

  it('is generated once for development and kept in a git-ignored local file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ame-secret-'))
    process.chdir(dir)
    const first = resolveSecret({ NODE_ENV: 'development' })
    const second = resolveSecret({ NODE_ENV: 'development' })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    expect(fs.readFileSync(path.join(dir, 'data', '.payload-secret'), 'utf8').trim()).toBe(first)
    process.chdir(originalCwd)
    const ignored = fs.readFileSync(path.join(originalCwd, '.gitignore'), 'utf8')
    expect(ignored.split('\n')).toContain('data/')
  })
})
