import type { CollectionConfig } from 'payload'

/**
 * Drafts for a collection with live preview: each change autosaves a draft (the preview frame
 * follows it as the editor types) once the document is valid. Validating drafts also stops the
 * admin from creating an empty "<No Title>" draft the moment Create New is opened.
 */
export const liveDrafts = (extra: { schedulePublish?: { timeFormat: string } } = {}) =>
  ({
    drafts: {
      autosave: { interval: 800, showSaveDraftButton: true },
      validate: true,
      ...extra,
    },
    maxPerDoc: 25,
  }) satisfies CollectionConfig['versions']
