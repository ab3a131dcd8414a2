import type { CollectionConfig } from 'payload'
import { GROUPS } from '@/admin/groups'
import { visibleOnlyTo } from '@/access/hiddenFrom'
import { adminOrSelf } from '@/access/adminOrSelf'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { ROLES, type Role } from '@/access/roles'
import { checkLoginAttempt } from './hooks/checkLoginAttempt'
import { forgotPasswordEndpoint, noForgotPasswordByGraphql } from './endpoints/forgotPassword'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { startInAdminLanguage } from './hooks/startInAdminLanguage'
import { recordRoleChanges } from './hooks/recordRoleChanges'
import { siteUrl } from '@/seo/siteUrl'
import { passwordResetEmail } from './passwordResetEmail'

const ROLE_LABELS: Record<Role, { en: string; id: string }> = {
  admin: { en: 'Admin', id: 'Admin' },
  editor: { en: 'Editor', id: 'Editor' },
  marketing: { en: 'Marketing', id: 'Pemasaran' },
  frontdesk: { en: 'Front desk', id: 'Resepsionis' },
}

export const Users: CollectionConfig = {
  labels: {
    singular: { en: 'User', id: 'Pengguna' },
    plural: { en: 'Users', id: 'Pengguna' },
  },
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
    group: GROUPS.admin,
    hidden: visibleOnlyTo('admin'),
  },
  endpoints: [forgotPasswordEndpoint],
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [checkLoginAttempt, noForgotPasswordByGraphql],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [startInAdminLanguage],
    afterChange: [recordRoleChanges],
  },
  fields: [
    {
      name: 'name',
      label: { en: 'Name', id: 'Nama' },
      type: 'text',
      admin: {
        description: {
          en: 'Shown on the booking requests this person answers.',
          id: 'Ditampilkan pada permintaan pemesanan yang dijawab orang ini.',
        },
      },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      // Only the first account is made with nobody signed in (create-first-user): it is an admin,
      // as firstUserIsAdmin makes sure; the screen shows what really happens.
      defaultValue: ({ user }) => (user ? ['editor'] : ['admin']),
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: {
          en: 'Editors manage services, massage types and therapists; marketing staff run promotions; front desk answers booking requests; admins can do everything. Only admins can change roles.',
          id: 'Editor mengelola layanan, jenis pijat, dan terapis; pemasaran mengelola promo; resepsionis menjawab permintaan pemesanan; admin dapat melakukan semuanya. Hanya admin yang dapat mengubah peran.',
        },
      },
    },
  ],
}
