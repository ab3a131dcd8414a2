import type { CollectionConfig } from 'payload'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS } from '@/audit/actions'
import { appendOnly, deleteOnlyWhenPruning } from './hooks/appendOnly'

/**
 * Who viewed guests' details, who exported or erased them and who changed staff roles: written by
 * the server (src/audit/record.ts), read by admins, changed by nobody. The retention job removes
 * entries older than the audit period in the site settings.
 */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: {
    singular: { en: 'Audit entry', id: 'Entri audit' },
    plural: { en: 'Audit trail', id: 'Jejak audit' },
  },
  admin: {
    group: GROUPS.admin,
    hidden: visibleOnlyTo('admin'),
    useAsTitle: 'summary',
    defaultColumns: ['at', 'actorEmail', 'action', 'summary'],
    hideAPIURL: true,
    disableCopyToLocale: true,
  },
  defaultSort: '-at',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [appendOnly], beforeDelete: [deleteOnlyWhenPruning] },
  timestamps: true,
  fields: [
    {
      name: 'at',
      label: { en: 'When', id: 'Waktu' },
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm:ss' } },
    },
    {
      name: 'actor',
      label: { en: 'Staff member', id: 'Anggota staf' },
      type: 'relationship',
      relationTo: 'users',
    },
    {
      name: 'actorEmail',
      label: { en: 'Staff email', id: 'Email staf' },
      type: 'text',
      admin: {
        description: {
          en: 'Kept as written: the entry outlives the account.',
          id: 'Disimpan apa adanya: entri tetap ada walau akunnya dihapus.',
        },
      },
    },
    {
      name: 'action',
      label: { en: 'What', id: 'Tindakan' },
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] })),
    },
    {
      name: 'summary',
      label: { en: 'Details', id: 'Rincian' },
      type: 'text',
      required: true,
    },
    {
      name: 'requests',
      label: { en: 'Booking requests', id: 'Permintaan pemesanan' },
      type: 'json',
      admin: {
        description: {
          en: "The ids of the requests concerned (never the guest's details).",
          id: 'ID permintaan yang bersangkutan (tidak pernah data tamu).',
        },
      },
    },
  ],
}
