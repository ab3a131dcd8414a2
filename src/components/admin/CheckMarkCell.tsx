import type { DefaultServerCellComponentProps } from 'payload'

/** A tick box column in words: "✓ Yes" or "No" ("✓ Ya" / "Tidak"). */
export function CheckMarkCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const id = i18n.language === 'id'
  if (!cellData) return <span style={{ opacity: 0.7 }}>{id ? 'Tidak' : 'No'}</span>
  return (
    <span>
      <span aria-hidden="true">✓ </span>
      {id ? 'Ya' : 'Yes'}
    </span>
  )
}
