// The Indonesian address /id/perbandingan/[slug]: the same page as /[locale]/compare/[slug].
export {
  default,
  generateStaticParams,
  generateMetadata,
} from '@/app/(frontend)/[locale]/compare/[slug]/page'
