import { MARK_DROP, MARK_LEAF, MARK_RIB, MARK_VIEWBOX } from '@/brand/mark'

/** The mark (a raindrop holding a leaf); decorative next to the spa's name. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox={MARK_VIEWBOX} aria-hidden="true" focusable="false">
      <path d={MARK_DROP} fill="currentColor" />
      <path d={MARK_LEAF} fill="var(--logo-leaf, var(--ivory))" />
      <path d={MARK_RIB} stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  )
}

/** Mark and wordmark ("Ame Spa" / "Jakarta") in the brand's type. */
export function Logo({ name, place }: { name: string; place: string }) {
  return (
    <span className="logo">
      <LogoMark className="logo__mark" />
      <span className="logo__text">
        <span className="logo__name">{name}</span>
        {/* Read as "Ame Spa Jakarta": a link named "…, home" must contain its visible words. */}{' '}
        <span className="logo__place">{place}</span>
      </span>
    </span>
  )
}
