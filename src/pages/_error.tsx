import type { NextPageContext } from 'next'
import Head from 'next/head'
import { BRAND } from '@/brand/palette'
import { LOCALES, type Locale } from '@/i18n/locales'
import en from '../../messages/en.json'
import id from '../../messages/id.json'

const MESSAGES: Record<Locale, typeof en.BadRequest> = { en: en.BadRequest, id: id.BadRequest }
const FAILURE: Record<Locale, typeof en.Error> = { en: en.Error, id: id.Error }

// Every other page has the site's stylesheet; this one stands alone.
const STYLE = `
body { margin: 0; background: ${BRAND.ivory}; color: ${BRAND.ink}; font: 1rem/1.6 system-ui, sans-serif; }
main { max-width: 40rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
.brand { font: 600 1.5rem/1.2 Georgia, serif; color: ${BRAND.forest}; margin: 0 0 2rem; }
section + section { border-top: 1px solid ${BRAND.stone}; margin-top: 2rem; padding-top: 2rem; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: ${BRAND.clay}; margin: 0; }
h2 { font: 600 1.6rem/1.25 Georgia, serif; color: ${BRAND.forest}; margin: 0.4rem 0 0.6rem; }
ul { list-style: none; padding: 0; margin: 1rem 0 0; display: grid; gap: 0.75rem; }
a { display: block; padding: 0.9rem 1rem; min-height: 44px; box-sizing: border-box; border: 1px solid ${BRAND.stone};
    border-radius: 0.75rem; background: #fff; color: ${BRAND.forest}; font-weight: 600; text-decoration: none; }
a:hover, a:focus-visible { border-color: ${BRAND.forest}; }
a span { display: block; font-weight: 400; color: ${BRAND.ink}; }
`

const PATHS: Record<Locale, { home: string; services: string }> = {
  en: { home: '/en', services: '/en/services' },
  id: { home: '/id', services: '/id/layanan' },
}

type Props = { statusCode: number }

/**
 * Next.js renders this Pages Router error page in the few cases the App Router never sees, chiefly
 * an address it cannot decode (e.g. a cut-off `%E0%A4%A`): 400. The language is unknown then, so
 * it speaks both.
 */
function ErrorPage({ statusCode }: Props) {
  return (
    <>
      <Head>
        <title>{statusCode === 400 ? MESSAGES.en.pageTitle : FAILURE.en.title}</title>
        <meta name="robots" content="noindex" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <style>{STYLE}</style>
      </Head>
      <main>
        <p className="brand">{MESSAGES.en.spaName}</p>
        <h1 className="eyebrow">
          {LOCALES.map((locale) => (
            <span key={locale} lang={locale}>
              {`${locale === LOCALES[0] ? '' : ' · '}${MESSAGES[locale].errorCode.replace('{status}', String(statusCode))}`}
            </span>
          ))}
        </h1>
        {LOCALES.map((locale) => {
          const t = MESSAGES[locale]
          // A 400 is an address that could not be read; anything else is the server's fault.
          const { title, body } = statusCode === 400 ? t : FAILURE[locale]
          return (
            <section key={locale} lang={locale}>
              <h2>{title}</h2>
              <p>{body}</p>
              <ul>
                <li>
                  <a href={PATHS[locale].home}>
                    {t.home}
                    <span>{t.homeHint}</span>
                  </a>
                </li>
                <li>
                  <a href={PATHS[locale].services}>
                    {t.servicesLink}
                    <span>{t.servicesHint}</span>
                  </a>
                </li>
              </ul>
            </section>
          )
        })}
      </main>
    </>
  )
}

ErrorPage.getInitialProps = ({ res, err }: NextPageContext): Props => ({
  statusCode: res?.statusCode ?? err?.statusCode ?? 400,
})

export default ErrorPage
