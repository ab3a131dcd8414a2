// The Indonesian address /id/promo/[slug]: the same page as /[locale]/promotions/[slug].
export {
  default,
  generateStaticParams,
  generateMetadata,
} from '@/app/(frontend)/[locale]/promotions/[slug]/page'
