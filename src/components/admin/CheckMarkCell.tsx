import type { DefaultServerCellComponentProps } from 'payload'

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
} as const

/** A check box column shown as ✓ (or nothing), with the word for screen readers. */
export function CheckMarkCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const word = cellData ? { en: 'Yes', id: 'Ya' } : { en: 'No', id: 'Tidak' }
  return (
    <span>
      {cellData ? <span aria-hidden="true">✓</span> : null}
      <span style={VISUALLY_HIDDEN}>{word[i18n.language === 'id' ? 'id' : 'en']}</span>
    </span>
  )
}
