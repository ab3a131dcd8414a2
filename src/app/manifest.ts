import type { MetadataRoute } from 'next'
import { BRAND } from '@/brand/palette'

/** Add to home screen: the spa's name, icon and colours. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Ame Spa Jakarta',
    short_name: 'Ame Spa',
    description:
      'Relaxation and therapeutic massage in South Jakarta · Pijat relaksasi dan terapeutik',
    start_url: '/',
    display: 'standalone',
    background_color: BRAND.ivory,
    theme_color: BRAND.forest,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
}
