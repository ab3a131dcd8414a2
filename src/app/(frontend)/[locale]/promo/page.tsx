// The Indonesian address /id/promo: the same page as /[locale]/promotions.
export { default, generateMetadata } from '@/app/(frontend)/[locale]/promotions/page'
