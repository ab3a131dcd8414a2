import { getTranslations } from 'next-intl/server'
import { WhatsAppButton } from '@/components/WhatsAppButton'
import { bookingHref } from '@/i18n/bookingHref'
import type { BookingCtaBlock as BookingCtaData } from '@/payload-types'
import { populated } from '@/queries/populated'
import type { Service } from '@/payload-types'
import type { BlockProps } from '../types'
import styles from './BookingCta.module.css'

export async function BookingCtaBlock({
  block,
  locale,
  anchor,
  first,
  lang,
}: BlockProps<BookingCtaData>) {
  const common = await getTranslations({ locale, namespace: 'Common' })
  const service = populated<Service>(block.service)
  const Heading = first ? 'h1' : 'h2'
  const headingId = `${anchor}-heading`
  return (
    <div className="band--forest">
      <section className={`section ${styles.cta}`} aria-labelledby={headingId}>
        <Heading id={headingId} lang={lang('heading')}>
          {block.heading}
        </Heading>
        {block.text && (
          <p className="lead" lang={lang('text')}>
            {block.text}
          </p>
        )}
        <p className="actions">
          <WhatsAppButton locale={locale} className="button button--light" />
          <a
            className="button button--secondary button--on-dark"
            href={bookingHref(locale, { service: service?.slug ?? undefined })}
            data-testid="block-book"
          >
            {common('bookForm')}
          </a>
        </p>
      </section>
    </div>
  )
}
