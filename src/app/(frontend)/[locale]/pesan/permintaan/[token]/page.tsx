// The Indonesian address /id/pesan/permintaan/[token]: the same page as /[locale]/book/request/[token].
export { default, generateMetadata } from '@/app/(frontend)/[locale]/book/request/[token]/page'
export const dynamic = 'force-dynamic'
