// The Indonesian address /id/panduan: the same page as /[locale]/guide.
export { default, generateMetadata } from '@/app/(frontend)/[locale]/guide/page'
