import type { CollectionConfig } from 'payload'
import { isAdmin } from '@/access/isAdmin'
import { hasRole } from '@/access/roles'

/** Payload's hidden job list, shown read-only to admins so failed backups and emails are seen. */
export const jobsForAdmins = ({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig
}): CollectionConfig => ({
  ...defaultJobsCollection,
  labels: {
    singular: { en: 'Background job', id: 'Tugas latar' },
    plural: { en: 'Background jobs', id: 'Tugas latar' },
  },
  access: { ...defaultJobsCollection.access, read: isAdmin },
  admin: {
    ...defaultJobsCollection.admin,
    group: { en: 'Admin', id: 'Admin' },
    hidden: ({ user }) => !hasRole(user as Parameters<typeof hasRole>[0], 'admin'),
    useAsTitle: 'taskSlug',
    defaultColumns: ['taskSlug', 'queue', 'waitUntil', 'completedAt', 'hasError', 'totalTried'],
    description: {
      en: 'Emails, promotion timing and backups run here. A red "Has error" means the job failed; its log says why.',
      id: 'Email, jadwal promo, dan pencadangan berjalan di sini. "Has error" yang tercentang berarti tugas gagal; lognya menjelaskan sebabnya.',
    },
  },
})
