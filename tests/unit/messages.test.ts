import { describe, expect, it } from 'vitest'
import en from '../../messages/en.json'
import id from '../../messages/id.json'

type Messages = { [key: string]: string | Messages }

const flatten = (messages: Messages, prefix = ''): Record<string, string> =>
  Object.entries(messages).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string'
      ? { ...all, [path]: value }
      : { ...all, ...flatten(value, path) }
  }, {})

describe('UI messages', () => {
  const english = flatten(en)
  const indonesian = flatten(id)

  it('have the same keys in English and Indonesian', () => {
    expect(Object.keys(indonesian).sort()).toEqual(Object.keys(english).sort())
  })

  it('have no empty values', () => {
    const empty = Object.entries({ ...prefixed('en', english), ...prefixed('id', indonesian) })
      .filter(([, value]) => !value.trim())
      .map(([key]) => key)
    expect(empty).toEqual([])
  })

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{(\w+)\s*[,}]/g)].map((match) => match[1]).sort()
    const mismatched = Object.keys(english).filter(
      (key) =>
        JSON.stringify(placeholders(english[key])) !==
        JSON.stringify(placeholders(indonesian[key] ?? '')),
    )
    expect(mismatched).toEqual([])
  })
})

function prefixed(locale: string, messages: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [`${locale}:${key}`, value]),
  )
}
