// The Indonesian address /id/perbandingan/jenis-pijat/[first]/[second]: the same page as /[locale]/compare/massage-types/[first]/[second].
export {
  default,
  generateStaticParams,
  generateMetadata,
} from '@/app/(frontend)/[locale]/compare/massage-types/[first]/[second]/page'
