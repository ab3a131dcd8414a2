// The Indonesian address /id/pesan: the same page as /[locale]/book.
export { default, generateMetadata } from '@/app/(frontend)/[locale]/book/page'
