// The Indonesian address /id/panduan/[goal]/[pressure]/[conditions]: the same page as /[locale]/guide/[goal]/[pressure]/[conditions].
export {
  default,
  generateStaticParams,
  generateMetadata,
} from '@/app/(frontend)/[locale]/guide/[goal]/[pressure]/[conditions]/page'
