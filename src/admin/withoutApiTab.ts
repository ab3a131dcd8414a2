import type { CollectionConfig, GlobalConfig } from 'payload'

/**
 * No "API" tab in document views: staff read documents in the form, and the raw JSON view is an
 * English developer tool (admins still have the REST and GraphQL APIs).
 */
export const withoutApiTab = <T extends CollectionConfig | GlobalConfig>(config: T): T => ({
  ...config,
  admin: { ...config.admin, hideAPIURL: true },
})
