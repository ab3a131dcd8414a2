import sharp from 'sharp'
import type { SeedImage } from './content/images'

const sceneSvg = ([light, mid, deep]: SeedImage['colors']) => `
<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000" viewBox="0 0 1600 1000">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.75" cy="0.25" r="0.6">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.55"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="1600" height="1000" fill="url(#bg)"/>
  <rect width="1600" height="1000" fill="url(#glow)"/>
  <path d="M0 760 C 320 660 620 860 960 760 S 1450 650 1600 720 L1600 1000 L0 1000 Z" fill="${deep}" opacity="0.55"/>
  <ellipse cx="520" cy="640" rx="210" ry="70" fill="${light}" opacity="0.9"/>
  <ellipse cx="760" cy="660" rx="140" ry="48" fill="${mid}" opacity="0.9"/>
  <ellipse cx="930" cy="675" rx="90" ry="32" fill="${deep}" opacity="0.8"/>
  <path d="M1180 620 C 1120 480 1160 330 1270 250 C 1300 380 1290 520 1180 620 Z" fill="${deep}" opacity="0.6"/>
  <path d="M1210 640 C 1300 540 1420 510 1520 540 C 1430 610 1320 650 1210 640 Z" fill="${deep}" opacity="0.45"/>
</svg>`

const portraitSvg = ([light, mid, deep]: SeedImage['colors']) => `
<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1000" viewBox="0 0 800 1000">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/>
    </linearGradient>
  </defs>
  <rect width="800" height="1000" fill="url(#bg)"/>
  <circle cx="400" cy="390" r="150" fill="${deep}" opacity="0.85"/>
  <path d="M140 1000 C 160 740 270 620 400 620 C 530 620 640 740 660 1000 Z" fill="${deep}" opacity="0.85"/>
  <circle cx="620" cy="160" r="70" fill="#ffffff" opacity="0.35"/>
</svg>`

/** Renders a seed picture to WebP bytes. */
export async function drawImage(image: SeedImage): Promise<Buffer> {
  const svg = image.kind === 'portrait' ? portraitSvg(image.colors) : sceneSvg(image.colors)
  return sharp(Buffer.from(svg)).webp({ quality: 80 }).toBuffer()
}
