import type { DefaultServerCellComponentProps } from 'payload'
import { TranslationStatus } from './TranslationStatus'

export function TranslationStatusCell({ cellData }: DefaultServerCellComponentProps) {
  return <TranslationStatus missing={Array.isArray(cellData) ? (cellData as string[]) : []} />
}
