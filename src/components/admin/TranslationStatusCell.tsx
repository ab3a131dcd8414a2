import type { DefaultServerCellComponentProps } from 'payload'
import { TranslationStatus } from './TranslationStatus'

export function TranslationStatusCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  return (
    <TranslationStatus
      missing={Array.isArray(cellData) ? (cellData as string[]) : []}
      language={i18n.language}
    />
  )
}
