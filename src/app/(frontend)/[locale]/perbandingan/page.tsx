// The Indonesian address /id/perbandingan: the same page as /[locale]/compare.
export { default, generateMetadata } from '@/app/(frontend)/[locale]/compare/page'
