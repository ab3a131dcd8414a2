import type { ReactNode } from 'react'

/**
 * Renders the editors' Lexical rich text on the server. Written here rather than taken from
 * @payloadcms/richtext-lexical/react: that component pulls the admin's client bundle into the
 * public pages (weight, and in `next dev` it breaks the admin's shared vendor chunk).
 */
type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  fields?: { url?: string; newTab?: boolean }
  url?: string
}

type Data = { root: { children: LexicalNode[] } } & Record<string, unknown>

const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const UNDERLINE = 8
const CODE = 16
const SUBSCRIPT = 32
const SUPERSCRIPT = 64

function renderText(node: LexicalNode, key: number): ReactNode {
  const format = typeof node.format === 'number' ? node.format : 0
  let content: ReactNode = node.text ?? ''
  if (format & CODE) content = <code>{content}</code>
  if (format & SUBSCRIPT) content = <sub>{content}</sub>
  if (format & SUPERSCRIPT) content = <sup>{content}</sup>
  if (format & STRIKETHROUGH) content = <s>{content}</s>
  if (format & UNDERLINE) content = <u>{content}</u>
  if (format & ITALIC) content = <em>{content}</em>
  if (format & BOLD) content = <strong>{content}</strong>
  return <span key={key}>{content}</span>
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

function renderNode(node: LexicalNode, key: number): ReactNode {
  const children = node.children?.map(renderNode)
  switch (node.type) {
    case 'text':
      return renderText(node, key)
    case 'linebreak':
      return <br key={key} />
    case 'paragraph':
      return <p key={key}>{children}</p>
    case 'heading': {
      // The page owns the only h1; an h1 in the body becomes an h2.
      const Tag = (HEADINGS.has(node.tag ?? '') ? node.tag : 'h2') as 'h2'
      return <Tag key={key}>{children}</Tag>
    }
    case 'quote':
      return <blockquote key={key}>{children}</blockquote>
    case 'list':
      return node.listType === 'number' ? (
        <ol key={key}>{children}</ol>
      ) : (
        <ul key={key}>{children}</ul>
      )
    case 'listitem':
      return <li key={key}>{children}</li>
    case 'link':
    case 'autolink': {
      const url = node.fields?.url ?? node.url ?? '#'
      const external = node.fields?.newTab
      return (
        <a
          key={key}
          href={url}
          {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
        >
          {children}
        </a>
      )
    }
    case 'horizontalrule':
      return <hr key={key} />
    default:
      return children ? <span key={key}>{children}</span> : null
  }
}

export function RichTextContent({ data, lang }: { data: Data | null | undefined; lang?: string }) {
  if (!data?.root?.children?.length) return null
  return (
    <div className="prose" lang={lang}>
      {data.root.children.map(renderNode)}
    </div>
  )
}
