import type { DefaultServerCellComponentProps } from 'payload'

/** A check box column shown as ✓ (or nothing), with the word for screen readers. */
export function CheckMarkCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const yes = i18n.language === 'id' ? 'Ya' : 'Yes'
  const no = i18n.language === 'id' ? 'Tidak' : 'No'
  return cellData ? (
    <span title={yes}>
      <span aria-hidden="true">✓</span>
      <span
        className="sr-only"
        style={{
          position: 'absolute',
          width: 1,
          height: 1,
          overflow: 'hidden',
          clip: 'rect(0 0 0 0)',
        }}
      >
        {yes}
      </span>
    </span>
  ) : (
    <span
      style={{
        position: 'absolute',
        width: 1,
        height: 1,
        overflow: 'hidden',
        clip: 'rect(0 0 0 0)',
      }}
    >
      {no}
    </span>
  )
}
