import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/** Where the public site's markup lives; every visible word there must come from messages/. */
const ROOTS = ['src/components', 'src/app/(frontend)', 'src/pages']
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'placeholder', 'aria-label', 'label'])
// Text a translator would never change.
const ALLOWED = /^[\s·—–/:,.()→+…-]*$/

// The admin's components speak the admin's language from their own { en, id } tables.
const ADMIN_COMPONENTS = path.join('src', 'components', 'admin')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (full === ADMIN_COMPONENTS) return []
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.tsx') ? [full] : []
  })
}

export function hardCodedText(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const where = (node: ts.Node) =>
    `${file}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && !ALLOWED.test(node.text))
      found.push(`${where(node)} "${node.text.trim()}"`)
    if (
      ts.isJsxAttribute(node) &&
      TEXT_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      !ALLOWED.test(node.initializer.text)
    ) {
      found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`)
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteral(node.expression) &&
      !ALLOWED.test(node.expression.text)
    ) {
      found.push(`${where(node)} {"${node.expression.text}"}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(tree)
  return found
}

describe('UI text', () => {
  it('comes from messages/*.json, never from the components', () => {
    const offenders = ROOTS.flatMap(sourceFiles).flatMap((file) =>
      hardCodedText(file, fs.readFileSync(file, 'utf8')),
    )
    expect(offenders).toEqual([])
  })

  it('the check itself catches literal text and text attributes', () => {
    const sample = `export const A = () => <p title="Hello there">Book now {'Click'} {t('ok')} —</p>`
    expect(hardCodedText('sample.tsx', sample)).toHaveLength(3)
  })
})
