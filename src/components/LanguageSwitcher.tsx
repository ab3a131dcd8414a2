import { getTranslations } from 'next-intl/server'
import { otherLocale } from '@/i18n/paths'
import { switchLink } from '@/i18n/switchTarget'
import type { Locale } from '@/i18n/locales'

/**
 * A real link to the same page in the other language (no JavaScript needed). It passes through
 * /language/…, which remembers the choice for `/`; crawlers use the hreflang alternates instead.
 */
export async function LanguageSwitcher({ locale, href }: { locale: Locale; href: string }) {
  const t = await getTranslations({ locale, namespace: 'Nav' })
  const target = otherLocale(locale)
  return (
    <a
      className="language-switcher"
      href={switchLink(target, href)}
      hrefLang={target}
      rel="nofollow"
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
