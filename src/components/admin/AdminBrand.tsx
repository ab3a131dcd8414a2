import { BRAND } from '@/brand/palette'
import { MARK_DROP, MARK_LEAF, MARK_RIB, MARK_VIEWBOX } from '@/brand/mark'

function Mark({ size }: { size: number | '100%' }) {
  return (
    <svg width={size} height={size} viewBox={MARK_VIEWBOX} aria-hidden="true" focusable="false">
      <path d={MARK_DROP} fill={BRAND.forest} />
      <path d={MARK_LEAF} fill={BRAND.ivory} />
      <path d={MARK_RIB} stroke={BRAND.forest} strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  )
}

/** The login and first-user screens: the mark and the spa's name (admin.components.graphics.Logo). */
export function AdminLogo() {
  return (
    <span
      style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem', color: BRAND.forest }}
    >
      <Mark size={56} />
      <span style={{ display: 'grid', lineHeight: 1.1 }}>
        <span style={{ font: '600 2rem/1.1 Georgia, serif' }}>Ame Spa</span>
        <span style={{ letterSpacing: '0.2em', textTransform: 'uppercase', fontSize: '0.8rem' }}>
          Jakarta
        </span>
      </span>
    </span>
  )
}

/** The mark in the admin's top bar (admin.components.graphics.Icon); its box is set in custom.css. */
export function AdminIcon() {
  return <Mark size="100%" />
}
