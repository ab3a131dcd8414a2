// The Indonesian address /id/layanan: the same page as /[locale]/services.
export { default, generateMetadata } from '@/app/(frontend)/[locale]/services/page'
