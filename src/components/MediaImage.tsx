import Image from 'next/image'
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

/** An uploaded image through next/image: responsive, with its localized alt text and no layout shift. */
export function MediaImage({ media, owner, ownerPath, sizes, priority, className }: Props) {
  if (!media || typeof media !== 'object' || !media.url || !media.width || !media.height)
    return null
  // Payload prefixes the server URL; next/image serves our own files from a relative path.
  const src = new URL(media.url, 'http://relative.invalid').pathname
  const altFellBack = owner && ownerPath && owner.fallbackFields.includes(`${ownerPath}.alt`)
  return (
    <Image
      src={src}
      alt={media.alt}
      width={media.width}
      height={media.height}
      sizes={sizes}
      priority={priority}
      className={className}
      lang={altFellBack ? 'en' : undefined}
    />
  )
}
