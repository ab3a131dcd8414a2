/**
 * `npm run brand`: draws the favicon, app icons and the default sharing image from the brand's
 * mark, palette and display font (outlined, so no font is needed to show them). The outputs are
 * committed in public/; run this again after changing src/brand/.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { BRAND } from '../src/brand/palette'
import { DISPLAY_WOFF, TEXT_WOFF, outlineText } from '../src/brand/outline'
import { MARK_DROP, MARK_LEAF, MARK_RIB, markSvg } from '../src/brand/mark'

const out = (file: string) => path.resolve('public', file)

async function png(svg: string, size: [number, number], file: string) {
  fs.mkdirSync(path.dirname(out(file)), { recursive: true })
  await sharp(Buffer.from(svg))
    .resize(size[0], size[1])
    .png({ compressionLevel: 9 })
    .toFile(out(file))
  console.log(`  public/${file}`)
}

async function main() {
  fs.writeFileSync(out('favicon.svg'), `${markSvg(BRAND.forest, BRAND.ivory)}\n`)
  console.log('  public/favicon.svg')
  const appIcon = markSvg(BRAND.ivory, BRAND.forest, BRAND.forest, 14)
  await png(appIcon, [192, 192], 'icons/icon-192.png')
  await png(appIcon, [512, 512], 'icons/icon-512.png')
  await png(
    markSvg(BRAND.ivory, BRAND.forest, BRAND.forest, 30),
    [512, 512],
    'icons/maskable-512.png',
  )
  await png(
    markSvg(BRAND.ivory, BRAND.forest, BRAND.forest, 12),
    [180, 180],
    'icons/apple-touch-icon.png',
  )
  await png(markSvg(BRAND.forest, BRAND.ivory, BRAND.ivory, 6), [32, 32], 'icons/favicon-32.png')

  const name = outlineText(DISPLAY_WOFF, 'Ame Spa', 150, 0, 0)
  const place = outlineText(TEXT_WOFF, 'JAKARTA', 34, 0, 0, { tracking: 12 })
  const textLeft = 430
  const og = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="${BRAND.ivory}"/>
  <path d="M0 470 C 260 400 520 560 820 480 S 1120 400 1200 430 V630 H0 Z" fill="${BRAND.sand}"/>
  <path d="M0 540 C 300 490 560 600 860 545 S 1110 500 1200 520 V630 H0 Z" fill="${BRAND.stone}" opacity="0.7"/>
  <g transform="translate(170 150) scale(3.6)">
    <path d="${MARK_DROP}" fill="${BRAND.forest}"/>
    <path d="${MARK_LEAF}" fill="${BRAND.ivory}"/>
    <path d="${MARK_RIB}" stroke="${BRAND.forest}" stroke-width="2.2" stroke-linecap="round"/>
  </g>
  <path transform="translate(${textLeft} 320)" d="${name.d}" fill="${BRAND.ink}"/>
  <path transform="translate(${textLeft + 6} 385)" d="${place.d}" fill="${BRAND.clay}"/>
</svg>`
  await png(og, [1200, 630], 'og-image.png')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

export {}
