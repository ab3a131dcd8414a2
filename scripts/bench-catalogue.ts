/**
 * `npm run bench` step 4: the seeded spa plus 1,000 extra published services in both languages,
 * in the database named by DATABASE_URI, to see how the first render grows with content.
 */
import type { RequiredDataFromCollectionSlug } from 'payload'

async function main() {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { seed } = await import('../src/seed/seed')
  const payload = await getPayload({ config })
  await seed(payload, () => undefined)
  const modality = (await payload.find({ collection: 'modalities', limit: 1, depth: 0 })).docs[0]
  const started = Date.now()
  const context = { disableRevalidate: true }
  for (let i = 1; i <= 1000; i += 1) {
    const service = await payload.create({
      collection: 'services',
      locale: 'en',
      context,
      data: {
        name: `Catalogue massage ${i}`,
        modality: modality.id,
        summary: `Catalogue service number ${i}, for measuring.`,
        options: [
          { durationMinutes: 60, priceIdr: 300000 + i * 100 },
          { durationMinutes: 90, priceIdr: 420000 + i * 100 },
        ],
        goals: ['stress'],
        sortOrder: 1000 + i,
        _status: 'published',
        // The slug is generated from the name.
      } as RequiredDataFromCollectionSlug<'services'>,
    })
    await payload.update({
      collection: 'services',
      id: service.id,
      locale: 'id',
      context,
      data: {
        name: `Pijat katalog ${i}`,
        summary: `Layanan katalog nomor ${i}.`,
        _status: 'published',
      },
    })
    if (i % 200 === 0)
      console.log(`  catalogue: ${i} services (${Math.round((Date.now() - started) / 1000)} s)`)
  }
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)

export {}
