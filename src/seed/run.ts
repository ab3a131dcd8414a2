/** `npm run seed [-- --admin-email you@example.com]`, run through `payload run`. */
import config from '@payload-config'
import { getPayload } from 'payload'
import { createAdmin } from './createAdmin'
import { seed } from './seed'

const args = process.argv.slice(2)
const flag = args.indexOf('--admin-email')
const adminEmail = flag >= 0 ? args[flag + 1] : undefined

if (flag >= 0 && !adminEmail) {
  console.error('--admin-email needs an address, e.g. npm run seed -- --admin-email you@example.com')
  process.exit(2)
}

const payload = await getPayload({ config })
await seed(payload, (message) => console.log(message))
if (adminEmail) {
  const password = await createAdmin(payload, adminEmail)
  console.log(`Admin ready: ${adminEmail} / ${password}  (shown once; change it after logging in)`)
}
process.exit(0)
