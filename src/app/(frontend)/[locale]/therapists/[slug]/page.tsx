import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { handleMissing, switchTarget } from '@/components/documentPage'
import { fallbackLang } from '@/components/fallbackLang'
import { MediaImage } from '@/components/MediaImage'
import { PageShell } from '@/components/PageShell'
import { bookingHref } from '@/i18n/bookingHref'
import type { Locale } from '@/i18n/locales'
import { otherLocale, pathFor } from '@/i18n/paths'
import { documentMetadata } from '@/seo/pageMetadata'
import type { Modality } from '@/payload-types'
import { populatedList } from '@/queries/populated'
import { getSiteSettings } from '@/queries/siteSettings'
import { getTherapistPage } from '@/queries/therapists'
import { JsonLd } from '@/seo/JsonLd'
import { personLd } from '@/seo/structuredData'
import { formatDate } from '@/utilities/format'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const therapistPath = (locale: Locale) => (slug: string) =>
  pathFor(locale, { pathname: '/therapists/[slug]', params: { slug } })

// Rendered on first request, then served from cache until the content changes.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const page = await getTherapistPage(locale, slug)
  if (page.kind !== 'found') return {}
  const { therapist } = page
  return documentMetadata({
    locale,
    slug,
    alternates: page.alternates,
    pathFor: therapistPath,
    title: therapist.meta?.title || `${therapist.name}, ${therapist.title}`,
    description: therapist.meta?.description || therapist.bio,
    image: therapist.meta?.image || therapist.photo,
  })
}

export default async function TherapistPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const page = await getTherapistPage(locale, slug)
  if (page.kind !== 'found') return handleMissing(page, therapistPath(locale))

  const { therapist, alternates } = page
  const [t, nav, licences, spoken, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Therapist' }),
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Licences' }),
    getTranslations({ locale, namespace: 'SpokenLanguages' }),
    getSiteSettings(locale),
  ])
  const modalities = populatedList<Modality>(therapist.modalities)
  const lang = (path: string) => fallbackLang(therapist, path)
  const other = otherLocale(locale)
  const licence = therapist.licence

  const bookHref = bookingHref(locale, { therapist: slug })
  return (
    <PageShell
      locale={locale}
      switchHref={switchTarget(
        alternates,
        other,
        therapistPath(other),
        pathFor(other, '/therapists'),
      )}
      bookHref={bookHref}
      current="therapists"
    >
      <article className="section section--first detail">
        <Breadcrumbs
          locale={locale}
          items={[
            { name: nav('therapists'), path: pathFor(locale, '/therapists') },
            { name: therapist.name, path: therapistPath(locale)(slug), lang: undefined },
          ]}
        />
        <JsonLd
          data={personLd(therapist, therapistPath(locale)(slug), licences(licence.type), settings)}
        />
        <div className="detail__header detail__header--person">
          <MediaImage
            media={therapist.photo}
            owner={therapist}
            ownerPath="photo"
            sizes="(min-width: 40rem) 20rem, 70vw"
            priority
            className="detail__image detail__image--portrait"
          />
          <div>
            <h1>{therapist.name}</h1>
            <p className="lead" lang={lang('title')}>
              {therapist.title}
            </p>
            {typeof therapist.yearsOfExperience === 'number' && (
              <p>{t('experience', { years: therapist.yearsOfExperience })}</p>
            )}
            <p lang={lang('bio')}>{therapist.bio}</p>
          </div>
        </div>

        <section aria-labelledby="licence-heading">
          <h2 id="licence-heading">{t('licenceHeading')}</h2>
          <dl className="facts" data-testid="licence">
            <div>
              <dt>{t('licenceType')}</dt>
              <dd>{licences(licence.type)}</dd>
            </div>
            <div>
              <dt>{t('licenceNumber')}</dt>
              <dd>{licence.number}</dd>
            </div>
            <div>
              <dt>{t('licenceIssuer')}</dt>
              <dd>{licence.issuingBody}</dd>
            </div>
            {licence.validUntil && (
              <div>
                <dt>{t('licenceValidUntil')}</dt>
                <dd>{formatDate(licence.validUntil, locale)}</dd>
              </div>
            )}
          </dl>
        </section>

        <div className="two-columns">
          {therapist.specialties && therapist.specialties.length > 0 && (
            <section aria-labelledby="specialties-heading">
              <h2 id="specialties-heading">{t('specialtiesHeading')}</h2>
              <ul>
                {therapist.specialties.map((row, index) => (
                  <li key={row.id ?? index} lang={lang(`specialties.${index}.label`)}>
                    {row.label}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {therapist.languages && therapist.languages.length > 0 && (
            <section aria-labelledby="languages-heading">
              <h2 id="languages-heading">{t('languagesHeading')}</h2>
              <ul>
                {therapist.languages.map((code) => (
                  <li key={code}>{spoken(code)}</li>
                ))}
              </ul>
            </section>
          )}
        </div>

        {modalities.length > 0 && (
          <section aria-labelledby="modalities-heading">
            <h2 id="modalities-heading">{t('modalitiesHeading')}</h2>
            <ul>
              {modalities.map((modality, index) => (
                <li key={modality.id}>
                  <a
                    href={pathFor(locale, {
                      pathname: '/massage-types/[slug]',
                      params: { slug: modality.slug },
                    })}
                    lang={lang(`modalities.${index}.name`)}
                  >
                    {modality.name}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <p className="actions detail__section">
          <a className="button" href={bookHref}>
            {t('bookWith', { name: therapist.name })}
          </a>
        </p>
      </article>
    </PageShell>
  )
}
