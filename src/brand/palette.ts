/**
 * The brand's colours, shared by the site's CSS tokens (src/app/(frontend)/styles/tokens.css),
 * the drawn images, the icons and the web manifest.
 */
export const BRAND = {
  ivory: '#faf6f0',
  sand: '#f1e8da',
  stone: '#e2d6c4',
  ink: '#22201c',
  forest: '#23423a',
  forestDeep: '#16302a',
  sage: '#dfe8e0',
  clay: '#9a4f35',
  gold: '#b8935a',
} as const
