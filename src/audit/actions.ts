export const AUDIT_ACTIONS = [
  'viewed',
  'viewedList',
  'exported',
  'erased',
  'retentionErased',
  'rolesChanged',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ACTION_LABELS: Record<AuditAction, { en: string; id: string }> = {
  viewed: { en: "Viewed a guest's details", id: 'Melihat data tamu' },
  viewedList: { en: 'Viewed a list of requests', id: 'Melihat daftar permintaan' },
  exported: { en: "Exported a guest's data", id: 'Mengekspor data tamu' },
  erased: { en: "Erased a guest's data", id: 'Menghapus data tamu' },
  retentionErased: { en: 'Erased after the keeping period', id: 'Dihapus setelah masa simpan' },
  rolesChanged: { en: 'Changed staff roles', id: 'Mengubah peran staf' },
}
