// The Indonesian address /id/jenis-pijat/[slug]: the same page as /[locale]/massage-types/[slug].
export {
  default,
  generateStaticParams,
  generateMetadata,
} from '@/app/(frontend)/[locale]/massage-types/[slug]/page'
