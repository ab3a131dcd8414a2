// The Indonesian address /id/jenis-pijat: the same page as /[locale]/massage-types.
export { default, generateMetadata } from '@/app/(frontend)/[locale]/massage-types/page'
