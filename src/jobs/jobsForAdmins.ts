import type { CollectionConfig, Field } from 'payload'
import { isAdmin } from '@/access/isAdmin'
import { bilingual } from '@/fields/bilingualLabel'
import { hasRole } from '@/access/roles'

/** Payload labels its job fields in English only; admins read them in their own language. */
const JOB_FIELDS: Record<string, { label: [string, string]; description?: [string, string] }> = {
  completedAt: { label: ['Completed at', 'Selesai pada'] },
  concurrencyKey: { label: ['Concurrency key', 'Kunci antrean bersamaan'] },
  error: {
    label: ['Error', 'Galat'],
    description: ['What made the job fail.', 'Penyebab tugas gagal.'],
  },
  executedAt: { label: ['Run at', 'Dijalankan pada'] },
  hasError: {
    label: ['Failed', 'Gagal'],
    description: ['A failed job is not tried again.', 'Tugas yang gagal tidak dicoba lagi.'],
  },
  input: {
    label: ['Input', 'Data masukan'],
    description: ['What the job was given to work on.', 'Data yang diberikan kepada tugas ini.'],
  },
  log: {
    label: ['Log', 'Catatan eksekusi'],
    description: ['What each step of the job did.', 'Apa yang dilakukan setiap langkah tugas.'],
  },
  meta: { label: ['Details', 'Rincian'] },
  output: { label: ['Output', 'Hasil'] },
  parent: { label: ['Started by', 'Dimulai oleh'] },
  processing: { label: ['Running', 'Sedang berjalan'] },
  queue: { label: ['Queue', 'Antrean'] },
  state: { label: ['State', 'Keadaan'] },
  taskID: { label: ['Task ID', 'ID tugas'] },
  taskSlug: { label: ['Task', 'Tugas'] },
  taskStatus: { label: ['Task status', 'Status tugas'] },
  totalTried: { label: ['Attempts', 'Jumlah percobaan'] },
  waitUntil: { label: ['Wait until', 'Tunggu hingga'] },
  workflowSlug: { label: ['Workflow', 'Alur kerja'] },
}

/** What the app's tasks and a step's outcome are called in the list. */
const OPTION_LABELS: Record<string, [string, string]> = {
  backupDatabase: ['Database backup', 'Pencadangan basis data'],
  expirePromotionPages: ['Promotion start or end', 'Awal atau akhir promo'],
  sendBookingEmail: ['Booking email', 'Email pemesanan'],
  failed: ['Failed', 'Gagal'],
  succeeded: ['Succeeded', 'Berhasil'],
}

const labelOptions = (field: Field): Field => {
  if ((field.type !== 'select' && field.type !== 'radio') || !Array.isArray(field.options)) {
    return field
  }
  const options = field.options.map((option) => {
    const value = typeof option === 'string' ? option : option.value
    const known = OPTION_LABELS[value]
    return known ? { value, label: { en: known[0], id: known[1] } } : option
  })
  return { ...field, options } as Field
}

const labelJobFields = (fields: Field[]): Field[] =>
  fields.map((field) => {
    let next = labelOptions(field)
    const known = 'name' in field ? JOB_FIELDS[field.name] : undefined
    if (known) {
      const [en, id] = known.label
      const description = known.description
        ? { en: known.description[0], id: known.description[1] }
        : undefined
      next = {
        ...next,
        label: bilingual(en, id),
        admin: { ...next.admin, description },
      } as Field
    }
    if ('fields' in next && Array.isArray(next.fields)) {
      next = { ...next, fields: labelJobFields(next.fields) } as Field
    }
    if (next.type === 'tabs') {
      next = {
        ...next,
        tabs: next.tabs.map((tab) => ({
          ...tab,
          // Payload calls a tab's label function without the language: a plain word, the same in both.
          label: 'Status',
          fields: labelJobFields(tab.fields),
        })),
      }
    }
    return next
  })

/** Payload's hidden job list, shown read-only to admins so failed backups and emails are seen. */
export const jobsForAdmins = ({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig
}): CollectionConfig => ({
  ...defaultJobsCollection,
  labels: {
    singular: { en: 'Background job', id: 'Tugas latar belakang' },
    plural: { en: 'Background jobs', id: 'Tugas latar belakang' },
  },
  access: { ...defaultJobsCollection.access, read: isAdmin },
  fields: labelJobFields(defaultJobsCollection.fields),
  admin: {
    ...defaultJobsCollection.admin,
    group: { en: 'Admin', id: 'Admin' },
    hidden: ({ user }) => !hasRole(user as Parameters<typeof hasRole>[0], 'admin'),
    useAsTitle: 'taskSlug',
    hideAPIURL: true,
    defaultColumns: ['taskSlug', 'queue', 'waitUntil', 'completedAt', 'hasError', 'totalTried'],
    description: {
      en: 'Emails, promotion timing and backups run here. A ticked "Failed" means the job failed; its log says why.',
      id: 'Email, jadwal promo, dan pencadangan berjalan di sini. "Gagal" yang tercentang berarti tugas gagal; catatan eksekusinya menjelaskan sebabnya.',
    },
  },
})
