/**
 * A name placed inside a sentence: "Relaxation massage" reads "relaxation massage" in "See
 * relaxation massage treatments". Names that look like acronyms or proper names ("LMT",
 * "Deep Tissue Massage") are left as they are.
 */
export function inSentence(name: string): string {
  const words = name.split(/\s+/)
  const titleCased = words.length > 1 && words.every((word) => /^[A-Z][a-z]/.test(word))
  if (titleCased || !/^[A-Z][a-z]/.test(name)) return name
  return name.charAt(0).toLowerCase() + name.slice(1)
}
