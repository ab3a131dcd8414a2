/**
 * Payload 3.90 keeps one client field map per collection for the whole process, built in the
 * language of whoever opened it first; its client config, by contrast, is kept per language. Rich
 * text and custom fields are rendered from that map, so after an English admin opened promotions
 * an Indonesian one read "Text" and "Translations" there (and the other way round). Building the
 * map takes ~0.05 ms, so it is built for each request instead (React's cache keeps it for the rest
 * of that request). Payload resets the flag after every build; the property keeps it set.
 */
export function buildFieldMapsPerRequest(): void {
  Object.defineProperty(globalThis, '_payload_doNotCacheClientSchemaMap', {
    configurable: true,
    get: () => true,
    set: () => undefined,
  })
}
