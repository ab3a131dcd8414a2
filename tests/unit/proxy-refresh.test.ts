/**
 * After a publish, the instance asks nginx (its refresh port) for a fresh copy of each page that
 * read the changed content, in both of the copies nginx keeps, under the site's own host. Here
 * a plain HTTP server stands in for nginx's refresh port; tests/e2e/_scale-out.spec.ts runs the
 * real nginx.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  pagePath,
  pageRequested,
  refreshesDone,
  refreshPagesTagged,
  rememberPage,
} from '../../src/cache/proxyRefresh.mjs'

type Asked = { path: string; host: string; encoding: string }
const asked: Asked[] = []
let server: http.Server

const page = (tags: string[]) => ({
  kind: 'APP_PAGE',
  headers: { 'x-next-cache-tags': tags.join(',') },
})
const layoutTags = [
  '_N_T_/layout',
  '_N_T_/(frontend)/layout',
  '_N_T_/(frontend)/[locale]/layout',
  '_N_T_/(frontend)/[locale]/services/[slug]/page',
]

beforeAll(async () => {
  server = http.createServer((request, response) => {
    asked.push({
      path: request.url ?? '',
      host: request.headers.host ?? '',
      encoding: String(request.headers['accept-encoding']),
    })
    response.end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.PROXY_REFRESH_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.NEXT_PUBLIC_SERVER_URL = 'https://www.amespa.example'
})

afterAll(async () => {
  delete process.env.PROXY_REFRESH_URL
  await new Promise((resolve) => server.close(resolve))
})

describe('refreshing nginx’s copies after a publish', () => {
  it('reads a page’s address from its tags, and nothing from a layout’s or a query’s', () => {
    expect(pagePath([...layoutTags, '_N_T_/en/services/deep-tissue-massage', 'services:en'])).toBe(
      '/en/services/deep-tissue-massage',
    )
    expect(pagePath(['_N_T_/layout', '_N_T_/(frontend)/[locale]/page', '_N_T_/id'])).toBe('/id')
    expect(pagePath(['services:en', 'pages:en'])).toBeNull()
  })

  it('asks, at once and again a moment later, for every page that read a changed tag, gzip and plain, under the site’s host', async () => {
    const english = page([...layoutTags, '_N_T_/en/services/deep-tissue-massage', 'services:en'])
    rememberPage(english)
    rememberPage(page([...layoutTags, '_N_T_/id/layanan/pijat-deep-tissue', 'services:id']))
    rememberPage(page(['_N_T_/layout', '_N_T_/en/therapists', 'therapists:en']))
    // A visitor reads the English page: it is refreshed first.
    pageRequested(english)
    asked.length = 0
    expect(await refreshPagesTagged(['services:en', 'services:id'])).toEqual([
      '/en/services/deep-tissue-massage',
      '/id/layanan/pijat-deep-tissue',
    ])
    await refreshesDone()
    expect(asked).toHaveLength(8)
    expect(new Set(asked.map((request) => request.host))).toEqual(new Set(['www.amespa.example']))
    for (const path of ['/en/services/deep-tissue-massage', '/id/layanan/pijat-deep-tissue']) {
      expect(
        asked.filter((request) => request.path === path).map((request) => request.encoding),
      ).toEqual(['gzip', 'identity', 'gzip', 'identity'])
    }
  })

  it('asks for nothing when no page read the tag, or when there is no nginx', async () => {
    asked.length = 0
    expect(await refreshPagesTagged(['promotions:en'])).toEqual([])
    const url = process.env.PROXY_REFRESH_URL
    delete process.env.PROXY_REFRESH_URL
    expect(await refreshPagesTagged(['services:en'])).toEqual([])
    process.env.PROXY_REFRESH_URL = url
    await refreshesDone()
    expect(asked).toEqual([])
  })
})
