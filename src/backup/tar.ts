import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

/**
 * A minimal POSIX ustar writer and reader: regular files only, which is all a backup holds.
 * Written here rather than pulled in because the format is 512-byte blocks and nothing more.
 */
const BLOCK = 512

export type TarEntry = { name: string; file: string }
export type WrittenEntry = { path: string; bytes: number; sha256: string }

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', base: name }
  const cut = name.lastIndexOf('/', 155)
  const prefix = name.slice(0, cut)
  const base = name.slice(cut + 1)
  if (cut <= 0 || Buffer.byteLength(prefix) > 155 || Buffer.byteLength(base) > 100) {
    throw new Error(`The file name is too long to archive: ${name}`)
  }
  return { prefix, base }
}

function header(name: string, size: number, mtime: Date): Buffer {
  const block = Buffer.alloc(BLOCK)
  const { prefix, base } = splitName(name)
  block.write(base, 0, 100, 'utf8')
  block.write(octal(0o644, 8), 100, 'ascii')
  block.write(octal(0, 8), 108, 'ascii')
  block.write(octal(0, 8), 116, 'ascii')
  block.write(octal(size, 12), 124, 'ascii')
  block.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'ascii')
  block.write('        ', 148, 'ascii')
  block.write('0', 156, 'ascii')
  block.write('ustar\0', 257, 'ascii')
  block.write('00', 263, 'ascii')
  block.write(prefix, 345, 155, 'utf8')
  const sum = block.reduce((total, byte) => total + byte, 0)
  block.write(octal(sum, 7) + ' ', 148, 'ascii')
  return block
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK)

async function writeEntry(out: Writable, entry: TarEntry): Promise<WrittenEntry> {
  const stat = fs.statSync(entry.file)
  // Exactly the size in the header, even if the file grows while it is read.
  const size = stat.size
  const hash = crypto.createHash('sha256')
  out.write(header(entry.name, size, stat.mtime))
  if (size > 0) {
    for await (const chunk of fs.createReadStream(entry.file, { start: 0, end: size - 1 })) {
      hash.update(chunk as Buffer)
      if (!out.write(chunk)) await once(out, 'drain')
    }
  }
  out.write(padding(size))
  return { path: entry.name, bytes: size, sha256: hash.digest('hex') }
}

/**
 * Writes the entries as a gzip-compressed tar to `archive`. `last` is called after the files are
 * written, with their checksums, and returns the final entries (the manifest).
 */
export async function writeTarGz(
  archive: string,
  entries: TarEntry[],
  last: (written: WrittenEntry[]) => TarEntry[],
): Promise<void> {
  const gzip = zlib.createGzip({ level: 6 })
  const done = pipeline(gzip, fs.createWriteStream(archive, { flags: 'wx' }))
  const written: WrittenEntry[] = []
  for (const entry of entries) written.push(await writeEntry(gzip, entry))
  for (const entry of last(written)) await writeEntry(gzip, entry)
  gzip.end(Buffer.alloc(BLOCK * 2))
  await done
}

function readString(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8')
}

function checksumMatches(block: Buffer): boolean {
  const stored = parseInt(readString(block, 148, 8).trim(), 8)
  let sum = 0
  for (let index = 0; index < BLOCK; index++) {
    sum += index >= 148 && index < 156 ? 32 : block[index]
  }
  return stored === sum
}

/** A relative path inside the target folder, or an error: archives may not write elsewhere. */
function safeRelative(name: string): string {
  const normal = path.posix.normalize(name)
  if (!normal || normal.startsWith('/') || normal.startsWith('..') || normal.includes('\0')) {
    throw new Error(`The archive holds a path outside its folder: ${name}`)
  }
  return normal
}

/**
 * Unpacks a gzip-compressed tar into `folder` (which must exist). Any damage — a truncated file,
 * a changed byte (gzip's CRC), a broken header — throws.
 */
export async function extractTarGz(archive: string, folder: string): Promise<string[]> {
  const tarFile = path.join(folder, '.archive.tar')
  await pipeline(fs.createReadStream(archive), zlib.createGunzip(), fs.createWriteStream(tarFile))
  const names: string[] = []
  const fd = fs.openSync(tarFile, 'r')
  try {
    const total = fs.fstatSync(fd).size
    const block = Buffer.alloc(BLOCK)
    let offset = 0
    for (;;) {
      if (offset + BLOCK > total) throw new Error('the archive ends before its last file')
      fs.readSync(fd, block, 0, BLOCK, offset)
      offset += BLOCK
      if (block.every((byte) => byte === 0)) break
      if (!checksumMatches(block)) throw new Error(`a file header is damaged at byte ${offset}`)
      const prefix = readString(block, 345, 155)
      const base = readString(block, 0, 100)
      const name = safeRelative(prefix ? `${prefix}/${base}` : base)
      const size = parseInt(readString(block, 124, 12).trim() || '0', 8)
      const type = String.fromCharCode(block[156])
      if (type !== '0' && type !== '\0') throw new Error(`unexpected entry type for ${name}`)
      if (offset + size > total) throw new Error(`${name} is cut off`)
      const target = path.join(folder, name)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      const out = fs.openSync(target, 'wx')
      try {
        const chunk = Buffer.alloc(1024 * 1024)
        for (let copied = 0; copied < size;) {
          const length = Math.min(chunk.length, size - copied)
          fs.readSync(fd, chunk, 0, length, offset + copied)
          fs.writeSync(out, chunk, 0, length)
          copied += length
        }
      } finally {
        fs.closeSync(out)
      }
      offset += size + padding(size).length
      names.push(name)
    }
  } finally {
    fs.closeSync(fd)
    fs.rmSync(tarFile, { force: true })
  }
  return names
}

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  await pipeline(fs.createReadStream(file), hash)
  return hash.digest('hex')
}
