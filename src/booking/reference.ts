import crypto from 'node:crypto'

/**
 * Letters and digits nobody confuses when reading a reference aloud or off a phone: no 0/O, 1/I/L,
 * 2/Z, 5/S, 8/B. 24^4 ≈ 330,000 references, checked for uniqueness when stored.
 */
export const REFERENCE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY3467'
export const REFERENCE_PATTERN = new RegExp(`^AME-[${REFERENCE_ALPHABET}]{4}$`)

/** A short booking reference such as "AME-7K3Q"; `randomInt` is injectable for tests. */
export function newReference(
  randomInt: (max: number) => number = (max) => crypto.randomInt(max),
): string {
  let code = ''
  for (let index = 0; index < 4; index += 1) {
    code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]
  }
  return `AME-${code}`
}

/** A reference as a guest may type it ("ame 7k3q"), or null when it cannot be one. */
export function readReference(value: string): string | null {
  const compact = value.trim().toUpperCase().replace(/\s+/g, '')
  const reference = compact.startsWith('AME-') ? compact : `AME-${compact.replace(/^AME/, '')}`
  return REFERENCE_PATTERN.test(reference) ? reference : null
}
