// The Indonesian address /id/layanan/filter/[type]/[goal]: the same page as /[locale]/services/filter/[type]/[goal].
export {
  default,
  generateStaticParams,
  generateMetadata,
} from '@/app/(frontend)/[locale]/services/filter/[type]/[goal]/page'
