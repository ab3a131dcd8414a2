import { getImageProps } from 'next/image'
import { preload } from 'react-dom'
import type { Media } from '@/payload-types'
import type { WithFallback } from '@/queries/localizedFind'

type Props = {
  media: Media | string | null | undefined
  /** The document holding the image, to mark an untranslated alt text. */
  owner?: WithFallback<object>
  ownerPath?: string
  sizes: string
  priority?: boolean
  className?: string
}

/**
 * An uploaded image, resized and cached by Next's image optimizer, rendered as a plain <img> on
 * the server: the same srcset as next/image without shipping its client component.
 */
export function MediaImage({ media, owner, ownerPath, sizes, priority, className }: Props) {
  if (!media || typeof media !== 'object' || !media.url || !media.width || !media.height)
    return null
  // Payload prefixes the server URL; the optimizer serves our own files from a relative path.
  const src = new URL(media.url, 'http://relative.invalid').pathname
  const altFellBack = owner && ownerPath && owner.fallbackFields.includes(`${ownerPath}.alt`)
  const { props } = getImageProps({
    src,
    alt: media.alt,
    width: media.width,
    height: media.height,
    sizes,
    priority,
    className,
  })
  if (priority && props.srcSet) {
    preload(props.src, {
      as: 'image',
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: 'high',
    })
  }
  // Cropped by CSS (object-fit: cover) around the focal point the editor set in the admin.
  const focus =
    media.focalX != null && media.focalY != null
      ? { objectPosition: `${media.focalX}% ${media.focalY}%` }
      : undefined
  return (
    <img
      {...props}
      style={{ ...props.style, ...focus }}
      alt={media.alt}
      lang={altFellBack ? 'en' : undefined}
    />
  )
}
