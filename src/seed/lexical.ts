/** Builds Lexical rich text from plain paragraphs, for seed content. "## " starts a heading. */
type TextNode = {
  type: 'text'
  text: string
  detail: 0
  format: 0
  mode: 'normal'
  style: ''
  version: 1
}

const textNode = (text: string): TextNode => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const block = (line: string) =>
  line.startsWith('## ')
    ? {
        type: 'heading',
        tag: 'h2',
        children: [textNode(line.slice(3))],
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        version: 1,
      }
    : {
        type: 'paragraph',
        children: [textNode(line)],
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        textStyle: '',
        version: 1,
      }

export const richText = (...lines: string[]) => ({
  root: {
    type: 'root',
    children: lines.map(block),
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
  },
})
