/** A seed document: values shared by both languages, plus each language's own text. */
export type Bilingual<Shared, Localized> = {
  key: string
  shared: Shared
  en: Localized
  id: Localized
}
