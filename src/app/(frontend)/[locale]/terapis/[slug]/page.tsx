// The Indonesian address /id/terapis/[slug]: the same page as /[locale]/therapists/[slug].
export {
  default,
  generateStaticParams,
  generateMetadata,
} from '@/app/(frontend)/[locale]/therapists/[slug]/page'
