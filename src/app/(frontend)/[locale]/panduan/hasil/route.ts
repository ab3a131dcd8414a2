// The Indonesian address /id/panduan/hasil: the same page as /[locale]/guide/result.
export { GET } from '@/app/(frontend)/[locale]/guide/result/route'
