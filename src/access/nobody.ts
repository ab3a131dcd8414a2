import type { Access } from 'payload'

/** Written only by the server itself (overrideAccess), never through the admin, REST or GraphQL. */
export const nobody: Access = () => false
