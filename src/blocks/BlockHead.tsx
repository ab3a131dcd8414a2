type Props = {
  heading: string
  intro?: string | null
  /** The block's anchor; the heading's id is derived from it for aria-labelledby. */
  anchor: string
  first: boolean
  lang: (field: string) => 'en' | undefined
}

export const headingIdOf = (anchor: string) => `${anchor}-heading`

/** A block's heading (the page's h1 when the block comes first) and its intro. */
export function BlockHead({ heading, intro, anchor, first, lang }: Props) {
  const Heading = first ? 'h1' : 'h2'
  return (
    <div className="section__head">
      <Heading id={headingIdOf(anchor)} lang={lang('heading')}>
        {heading}
      </Heading>
      {intro && (
        <p className="lead" lang={lang('intro')}>
          {intro}
        </p>
      )}
    </div>
  )
}
