import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'
import type { Modality } from '@/payload-types'
import type { WithFallback } from '@/queries/localizedFind'
import { fallbackLang } from './fallbackLang'
import { MediaImage } from './MediaImage'

type Props = {
  modality: WithFallback<Modality>
  locale: Locale
  headingLevel?: 2 | 3
  /** The fuller card of the massage-types page: image, what it works on, "learn more". */
  detailed?: boolean
}

export async function ModalityCard({ modality, locale, headingLevel = 3, detailed }: Props) {
  const [m, common, targets] = await Promise.all([
    getTranslations({ locale, namespace: 'Modality' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'Targets' }),
  ])
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const href = pathFor(locale, {
    pathname: '/massage-types/[slug]',
    params: { slug: modality.slug },
  })
  return (
    <article className="card">
      {detailed && (
        <MediaImage
          media={modality.image}
          owner={modality}
          ownerPath="image"
          sizes="(min-width: 40rem) 45vw, 100vw"
          className="card__image"
        />
      )}
      <div className="card__body">
        <Heading className="card__title">
          <a className="card__link" href={href} lang={fallbackLang(modality, 'name')}>
            {modality.name}
          </a>
        </Heading>
        <p className="card__tagline" lang={fallbackLang(modality, 'tagline')}>
          {modality.tagline}
        </p>
        <p lang={fallbackLang(modality, 'summary')}>{modality.summary}</p>
        {detailed && (
          <>
            <p className="muted">
              {m('targetHeading')}: {targets(modality.target)}
            </p>
            <p className="card__more" aria-hidden="true">
              {common('learnMore')} →
            </p>
          </>
        )}
      </div>
    </article>
  )
}
