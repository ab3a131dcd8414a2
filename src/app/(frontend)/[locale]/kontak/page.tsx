// The Indonesian address /id/kontak: the same page as /[locale]/contact.
export { default, generateMetadata } from '@/app/(frontend)/[locale]/contact/page'
