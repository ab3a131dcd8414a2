import sharp from 'sharp'
import { DISPLAY_WOFF, outlineText } from '@/brand/outline'
import { BRAND } from '@/brand/palette'
import { initialsOf, type SeedImage } from './content/images'

/**
 * The seed's pictures, drawn locally (no downloads) as one art-directed set: the same soft
 * gradients, hand-drawn curves and brand palette, but a motif of its own for every massage type
 * and treatment, and a monogram for every therapist. Editors replace them with photographs.
 */

const W = 1600
const H = 1000

const frame = (body: string, [light, mid]: readonly string[], width = W, height = H) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0.9" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.78" cy="0.2" r="0.55">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.6"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#bg)"/>
  <rect width="${width}" height="${height}" fill="url(#glow)"/>
  ${body}
</svg>`

const hills = (deep: string, soft: string) => `
  <path d="M0 780 C 300 690 560 840 900 760 S 1420 660 1600 720 V1000 H0 Z" fill="${soft}" opacity="0.55"/>
  <path d="M0 860 C 340 800 640 920 1000 860 S 1440 800 1600 830 V1000 H0 Z" fill="${deep}" opacity="0.45"/>`

const stones = (x: number, y: number, colors: readonly string[]) => `
  <ellipse cx="${x}" cy="${y}" rx="190" ry="56" fill="${colors[2]}" opacity="0.85"/>
  <ellipse cx="${x + 10}" cy="${y - 78}" rx="140" ry="46" fill="${colors[1]}" opacity="0.95"/>
  <ellipse cx="${x - 6}" cy="${y - 146}" rx="96" ry="34" fill="${BRAND.ivory}" opacity="0.95"/>`

const frangipani = (cx: number, cy: number, r: number, petal: string, heart: string) =>
  Array.from({ length: 5 }, (_, i) => {
    const angle = i * 72
    return `<ellipse cx="${cx}" cy="${cy - r * 0.55}" rx="${r * 0.34}" ry="${r * 0.6}" fill="${petal}" transform="rotate(${angle} ${cx} ${cy})" opacity="0.96"/>`
  }).join('') + `<circle cx="${cx}" cy="${cy}" r="${r * 0.2}" fill="${heart}"/>`

const waves = (color: string, count: number, top: number, gap: number, width = 3) =>
  Array.from({ length: count }, (_, i) => {
    const y = top + i * gap
    return `<path d="M-20 ${y} C 300 ${y - 60} 560 ${y + 60} 860 ${y} S 1380 ${y - 50} 1620 ${y + 10}" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" opacity="${0.75 - i * 0.08}"/>`
  }).join('')

const ripples = (cx: number, cy: number, color: string, count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `<circle cx="${cx}" cy="${cy}" r="${40 + i * 62}" fill="none" stroke="${color}" stroke-width="${6 - i * 0.6}" opacity="${0.85 - i * 0.12}"/>`,
  ).join('')

const leaf = (x: number, y: number, angle: number, length: number, color: string) => `
  <g transform="translate(${x} ${y}) rotate(${angle})">
    <path d="M0 0 C ${length * 0.35} ${-length * 0.28} ${length * 0.75} ${-length * 0.2} ${length} 0 C ${length * 0.75} ${length * 0.2} ${length * 0.35} ${length * 0.28} 0 0 Z" fill="${color}" opacity="0.85"/>
    <path d="M0 0 L ${length * 0.92} 0" stroke="${BRAND.ivory}" stroke-width="3" opacity="0.6"/>
  </g>`

type Scene = (c: readonly [string, string, string]) => string

const SCENES: Record<string, Scene> = {
  hero: (c) =>
    `<circle cx="1180" cy="300" r="150" fill="${BRAND.ivory}" opacity="0.85"/>` +
    hills(c[2], c[1]) +
    stones(620, 700, c) +
    leaf(880, 640, -28, 300, BRAND.forest) +
    leaf(900, 660, -62, 240, c[2]) +
    frangipani(1040, 700, 90, BRAND.ivory, BRAND.gold),
  relaxation: (c) =>
    waves(c[2], 6, 300, 80, 5) +
    `<circle cx="1250" cy="250" r="110" fill="${BRAND.ivory}" opacity="0.8"/>` +
    hills(c[2], c[1]),
  therapeutic: (c) =>
    ripples(800, 520, c[2], 6) +
    Array.from(
      { length: 7 },
      (_, i) =>
        `<rect x="${770}" y="${250 + i * 80}" width="60" height="52" rx="22" fill="${i === 3 ? BRAND.clay : c[2]}" opacity="0.9"/>`,
    ).join(''),
  signature: (c) =>
    hills(c[2], c[1]) +
    frangipani(700, 470, 230, BRAND.ivory, BRAND.gold) +
    frangipani(1060, 620, 130, '#fbeee0', BRAND.gold) +
    `<path d="M1280 330 C 1240 400 1240 450 1280 470 C 1320 450 1320 400 1280 330 Z" fill="${BRAND.gold}" opacity="0.9"/>`,
  aromatherapy: (c) =>
    `<rect x="560" y="400" width="260" height="380" rx="46" fill="${BRAND.clay}" opacity="0.9"/>
     <rect x="630" y="300" width="120" height="120" rx="18" fill="${c[2]}"/>
     <rect x="610" y="500" width="160" height="150" rx="14" fill="${BRAND.ivory}" opacity="0.85"/>` +
    Array.from({ length: 3 }, (_, s) => {
      const x = 980 + s * 110
      const stem = `<path d="M${x} 800 C ${x - 10} 640 ${x + 20} 480 ${x - 20} 300" stroke="${c[2]}" stroke-width="6" fill="none"/>`
      const buds = Array.from(
        { length: 8 },
        (_, b) =>
          `<ellipse cx="${x - 12 + (b % 2) * 24}" cy="${320 + b * 34}" rx="16" ry="22" fill="${c[1]}"/>`,
      ).join('')
      return stem + buds
    }).join('') +
    hills(c[2], c[1]),
  sleep: (c) =>
    `<path d="M1150 180 a 170 170 0 1 0 120 290 a 140 140 0 1 1 -120 -290 Z" fill="${BRAND.ivory}" opacity="0.95"/>` +
    Array.from(
      { length: 14 },
      (_, i) =>
        `<circle cx="${((i * 389) % 1500) + 50}" cy="${((i * 157) % 380) + 60}" r="${4 + (i % 3) * 2}" fill="${BRAND.ivory}" opacity="0.8"/>`,
    ).join('') +
    waves(c[1], 4, 700, 60, 4) +
    `<rect y="760" width="1600" height="240" fill="${c[2]}" opacity="0.55"/>`,
  'deep-tissue': (c) =>
    Array.from(
      { length: 9 },
      (_, i) =>
        `<path d="M-40 ${180 + i * 90} C 420 ${100 + i * 95} 980 ${300 + i * 80} 1640 ${160 + i * 92}" fill="none" stroke="${i % 3 === 0 ? c[2] : c[1]}" stroke-width="${22 - i}" opacity="0.7" stroke-linecap="round"/>`,
    ).join('') +
    `<ellipse cx="980" cy="470" rx="150" ry="90" fill="${BRAND.ivory}" opacity="0.55"/>`,
  'trigger-point': (c) =>
    ripples(930, 470, c[2], 7) +
    `<circle cx="930" cy="470" r="26" fill="${BRAND.clay}"/>` +
    hills(c[2], c[1]),
  'back-neck': (c) =>
    `<path d="M340 900 C 420 640 640 600 800 600 C 960 600 1180 640 1260 900 Z" fill="${c[1]}" opacity="0.9"/>
     <path d="M720 600 C 730 520 730 440 720 380 L 880 380 C 870 440 870 520 880 600 Z" fill="${c[1]}" opacity="0.9"/>
     <circle cx="800" cy="300" r="120" fill="${c[1]}" opacity="0.9"/>` +
    Array.from(
      { length: 6 },
      (_, i) => `<rect x="784" y="${440 + i * 70}" width="32" height="44" rx="14" fill="${c[2]}"/>`,
    ).join('') +
    `<path d="M560 690 C 640 640 720 630 780 640 M1040 690 C 960 640 880 630 820 640" stroke="${BRAND.ivory}" stroke-width="8" fill="none" stroke-linecap="round" opacity="0.8"/>`,
  sports: (c) =>
    Array.from(
      { length: 6 },
      (_, i) =>
        `<path d="M${-200 + i * 160} 1000 L ${700 + i * 200} 0" stroke="${i % 2 ? c[2] : BRAND.ivory}" stroke-width="${i % 2 ? 10 : 4}" opacity="0.7"/>`,
    ).join('') +
    `<circle cx="1180" cy="420" r="120" fill="${BRAND.clay}" opacity="0.85"/>` +
    waves(c[2], 3, 640, 70, 6),
}

const portrait = (image: SeedImage) => {
  const [light, mid, deep] = image.colors
  const initials = initialsOf(image.name ?? '').slice(0, 2)
  const arcs = Array.from(
    { length: 5 },
    (_, i) =>
      `<circle cx="400" cy="470" r="${250 + i * 70}" fill="none" stroke="${deep}" stroke-width="2" opacity="${0.35 - i * 0.05}"/>`,
  ).join('')
  const body = `${arcs}
  <circle cx="400" cy="470" r="230" fill="${BRAND.ivory}" opacity="0.92"/>
  <circle cx="400" cy="470" r="214" fill="none" stroke="${deep}" stroke-width="3"/>
  <path d="${outlineText(DISPLAY_WOFF, initials, 200, 400, 535, { centre: true }).d}" fill="${deep}"/>
  ${leaf(250, 860, -20, 170, deep)}${leaf(560, 860, -160, 170, mid)}`
  return frame(body, [light, mid], 800, 1000)
}

/** Renders a seed picture to WebP bytes. */
export async function drawImage(image: SeedImage): Promise<Buffer> {
  const scene = SCENES[image.key]
  const svg =
    image.kind === 'portrait' || !scene ? portrait(image) : frame(scene(image.colors), image.colors)
  return sharp(Buffer.from(svg)).webp({ quality: 82 }).toBuffer()
}
