import { getTranslations } from 'next-intl/server'
import { otherLocale } from '@/i18n/paths'
import type { Locale } from '@/i18n/locales'

/** A real link to the same page in the other language (no JavaScript needed). */
export async function LanguageSwitcher({ locale, href }: { locale: Locale; href: string }) {
  const t = await getTranslations({ locale, namespace: 'Nav' })
  const target = otherLocale(locale)
  return (
    <a
      className="language-switcher"
      href={href}
      hrefLang={target}
      lang={target}
      data-testid="language-switcher"
    >
      <span aria-hidden="true" className="language-switcher__short">
        {t('switchToShort')}
      </span>
      <span className="language-switcher__long">{t('switchTo')}</span>
    </a>
  )
}
