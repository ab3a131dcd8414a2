// The Indonesian address /id/pesan/[result]: the same page as /[locale]/book/[result].
export { default, generateMetadata } from '@/app/(frontend)/[locale]/book/[result]/page'
export const dynamic = 'force-dynamic'
