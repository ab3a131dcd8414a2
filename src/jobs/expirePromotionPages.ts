import type { TaskConfig } from 'payload'
import { expireContent } from '@/hooks/revalidate'
import { EXPIRE_PROMOTION_PAGES } from '@/collections/Promotions/hooks/scheduleWindowExpiry'

/** Runs at a promotion's start or end: pages that list promotions render again on the next visit. */
export const expirePromotionPagesTask: TaskConfig<{
  input: { promotion: string; at: string }
  output: object
}> = {
  slug: EXPIRE_PROMOTION_PAGES,
  label: 'Expire promotion pages at a start or end',
  inputSchema: [
    { name: 'promotion', type: 'text', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  retries: 2,
  handler: () => {
    expireContent('promotions')
    return { output: {} }
  },
}
