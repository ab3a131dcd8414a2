// Read at run time: Next inlines `process.env.NEXT_PUBLIC_*` at build time, but one build must
// serve whatever public address the server is started with.
const VARIABLE = 'NEXT_PUBLIC_SERVER_URL'

/** The public base URL, from one variable (e.g. https://www.amespa.co.id). */
export const siteUrl = (): string =>
  (process.env[VARIABLE] || 'http://localhost:3000').replace(/\/+$/, '')

export const absoluteUrl = (path: string): string =>
  `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`
