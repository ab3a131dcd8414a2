import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '@/access/adminOrSelf'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { ROLES } from '@/access/roles'
import { checkLoginAttempt } from './hooks/checkLoginAttempt'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { siteUrl } from '@/seo/siteUrl'
import { passwordResetEmail } from './passwordResetEmail'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // No account lockout (anyone could lock the admin out); failed attempts are limited per
    // client address instead, in checkLoginAttempt.
    maxLoginAttempts: 0,
    // Read when the server starts: the login cookie only travels over https on an https site.
    cookies: { secure: siteUrl().startsWith('https://'), sameSite: 'Lax' },
    forgotPassword: passwordResetEmail,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Admin',
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeOperation: [checkLoginAttempt], beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Only admins can change roles. The first account is always an admin.' },
    },
  ],
}
