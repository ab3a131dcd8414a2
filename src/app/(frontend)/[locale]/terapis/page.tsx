// The Indonesian address /id/terapis: the same page as /[locale]/therapists.
export { default, generateMetadata } from '@/app/(frontend)/[locale]/therapists/page'
