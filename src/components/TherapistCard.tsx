import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import type { Therapist } from '@/payload-types'
import type { WithFallback } from '@/queries/localizedFind'
import { fallbackLang } from './fallbackLang'
import { MediaImage } from './MediaImage'

type Props = { therapist: WithFallback<Therapist>; locale: Locale; headingLevel?: 2 | 3 }

export async function TherapistCard({ therapist, locale, headingLevel = 3 }: Props) {
  const licences = await getTranslations({ locale, namespace: 'Licences' })
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const href = pathFor(locale, { pathname: '/therapists/[slug]', params: { slug: therapist.slug } })
  return (
    <article className="card card--person">
      <MediaImage
        media={therapist.photo}
        owner={therapist}
        ownerPath="photo"
        sizes="(min-width: 64rem) 16rem, (min-width: 40rem) 30vw, 60vw"
        className="card__image card__image--portrait"
      />
      <div className="card__body">
        <Heading className="card__title">
          <a href={href} className="card__link">
            {therapist.name}
          </a>
        </Heading>
        <p className="eyebrow" lang={fallbackLang(therapist, 'title')}>
          {therapist.title}
        </p>
        <p className="muted">{licences(therapist.licence.type)}</p>
      </div>
    </article>
  )
}
