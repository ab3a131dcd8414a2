/** `npm run seed [-- --admin-email you@example.com]` */
import { createAdmin } from './createAdmin'
import { seed } from './seed'

async function main() {
  const args = process.argv.slice(2)
  const flag = args.indexOf('--admin-email')
  const adminEmail = flag >= 0 ? args[flag + 1] : undefined
  if (flag >= 0 && !adminEmail) {
    throw new Error(
      '--admin-email needs an address, e.g. npm run seed -- --admin-email you@example.com',
    )
  }

  // Imported here so that configuration errors surface as a readable message below.
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  await seed(payload, (message) => console.log(message))
  if (adminEmail) {
    const password = await createAdmin(payload, adminEmail)
    console.log(
      `Admin ready: ${adminEmail} / ${password}  (shown once; change it after logging in)`,
    )
  }
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
