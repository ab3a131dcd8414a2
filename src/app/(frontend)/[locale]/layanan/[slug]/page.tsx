// The Indonesian address /id/layanan/[slug]: the same page as /[locale]/services/[slug].
export {
  default,
  generateStaticParams,
  generateMetadata,
} from '@/app/(frontend)/[locale]/services/[slug]/page'
