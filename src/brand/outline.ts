import fs from 'node:fs'
import path from 'node:path'
import * as opentypeModule from 'opentype.js'
import type { Font, Glyph, PathCommand } from 'opentype.js'

// Node loads opentype's CommonJS build (all of it under `default`); bundlers load its ES build.
const { parse } =
  'parse' in opentypeModule
    ? opentypeModule
    : (opentypeModule as unknown as { default: typeof opentypeModule }).default

/**
 * Text turned into one SVG path from the brand's own font files, so a generated picture (icons,
 * sharing image, therapist monograms) shows the brand's type without needing any font installed.
 */

const fonts = new Map<string, Font>()
const load = (file: string) => {
  let font = fonts.get(file)
  if (!font) {
    font = parse(fs.readFileSync(path.resolve('node_modules/@fontsource', file)).buffer)
    fonts.set(file, font)
  }
  return font
}

const n = (value: number) => Math.round(value * 100) / 100

const pathData = (commands: PathCommand[]) =>
  commands
    .map((c) => {
      if (c.type === 'M' || c.type === 'L') return `${c.type}${n(c.x)} ${n(c.y)}`
      if (c.type === 'C') return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`
      if (c.type === 'Q') return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`
      return 'Z'
    })
    .join('')

export const DISPLAY_WOFF = 'cormorant-garamond/files/cormorant-garamond-latin-600-normal.woff'
export const TEXT_WOFF = 'dm-sans/files/dm-sans-latin-500-normal.woff'

/** `text` at `size` px; `x` is the left edge, or the centre when `centre` is set. */
export function outlineText(
  fontFile: string,
  text: string,
  size: number,
  x: number,
  baseline: number,
  { tracking = 0, centre = false }: { tracking?: number; centre?: boolean } = {},
): { d: string; width: number } {
  const font = load(fontFile)
  const glyphs = [...text].map((char) => font.charToGlyph(char))
  const advance = (glyph: Glyph) => ((glyph.advanceWidth ?? 0) / font.unitsPerEm) * size
  const kern = (a: Glyph, b: Glyph) => (font.getKerningValue(a, b) / font.unitsPerEm) * size
  const width =
    glyphs.reduce(
      (sum, glyph, i) => sum + advance(glyph) + (i ? kern(glyphs[i - 1], glyph) : 0),
      0,
    ) +
    tracking * (glyphs.length - 1)
  let cursor = centre ? x - width / 2 : x
  const parts = glyphs.map((glyph, i) => {
    if (i) cursor += kern(glyphs[i - 1], glyph)
    const d = pathData(glyph.getPath(cursor, baseline, size).commands)
    cursor += advance(glyph) + tracking
    return d
  })
  return { d: parts.join(''), width }
}
