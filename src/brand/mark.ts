/**
 * The Ame Spa mark: a raindrop ("ame" is rain) holding a leaf, on a 64 × 64 grid. Paths only, so
 * it draws the same in the header, the favicon, the admin and the sharing image.
 */
export const MARK_VIEWBOX = '0 0 64 64'
export const MARK_DROP = 'M32 4C32 4 11.5 28.6 11.5 41.5a20.5 20.5 0 0 0 41 0C52.5 28.6 32 4 32 4Z'
export const MARK_LEAF = 'M32 54.5C22.5 47 21.5 33.5 32 22C42.5 33.5 41.5 47 32 54.5Z'
export const MARK_RIB = 'M32 52V31'

/** The mark as a standalone SVG document (favicon, generated icons). */
export const markSvg = (drop: string, leaf: string, background?: string, padding = 0) => {
  const size = 64 + padding * 2
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-padding} ${-padding} ${size} ${size}">${
    background
      ? `<rect x="${-padding}" y="${-padding}" width="${size}" height="${size}" fill="${background}"/>`
      : ''
  }<path d="${MARK_DROP}" fill="${drop}"/><path d="${MARK_LEAF}" fill="${leaf}"/><path d="${MARK_RIB}" stroke="${drop}" stroke-width="2.2" stroke-linecap="round"/></svg>`
}
