import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Comparisons } from '@/collections/Comparisons'
import { Inquiries } from '@/collections/Inquiries'
import { Media } from '@/collections/Media'
import { Modalities } from '@/collections/Modalities'
import { Pages } from '@/collections/Pages'
import { Promotions } from '@/collections/Promotions'
import { Services } from '@/collections/Services'
import { Techniques } from '@/collections/Techniques'
import { Therapists } from '@/collections/Therapists'
import { SlugRedirects } from '@/collections/SlugRedirects'
import { Users } from '@/collections/Users'
import { withBilingualLabels } from '@/admin/withBilingualLabels'
import { buildFieldMapsPerRequest } from '@/admin/fieldMapsPerRequest'
import { withPublishConfirmation } from '@/admin/withPublishConfirmation'
import { withoutApiTab } from '@/admin/withoutApiTab'
import { withOtherLanguageTitle } from '@/admin/withOtherLanguageTitle'
import { ADMIN_TRANSLATIONS, ADMIN_DATE_FORMAT } from '@/admin/translations'
import { databaseAdapter } from '@/config/adapter'
import { resolveDatabase } from '@/config/database'
import { resolveSecret } from '@/config/secret'
import { JAKARTA_TIMEZONE } from '@/utilities/jakartaTime'
import { healthEndpoint } from '@/endpoints/health'
import { withoutGeoQueries } from '@/hooks/refuseGeoQueries'
import {
  globalWithoutControlCharacters,
  withoutControlCharacters,
} from '@/hooks/refuseControlCharacters'
import { revalidateEndpoint } from '@/endpoints/revalidate'
import { expirePromotionPagesTask } from '@/jobs/expirePromotionPages'
import { sendBookingDigestTask } from '@/jobs/sendBookingDigest'
import { sendBookingEmailTask } from '@/jobs/sendBookingEmail'
import { BACKUP_QUEUE, backupDatabaseTask, scheduleNextBackup } from '@/jobs/backupDatabase'
import { resolveBackupSettings } from '@/backup/settings'
import { jobsForAdmins } from '@/jobs/jobsForAdmins'
import { erasePastPersonalDataTask } from '@/jobs/erasePastPersonalData'
import { sendPasswordResetTask } from '@/jobs/sendPasswordReset'
import { holdsJobRunnerLease } from '@/scale/jobRunnerLease'
import { EMAIL_QUEUE } from '@/collections/Inquiries/hooks/queueBookingEmails'
import { emailAdapter } from '@/email/transport'
import { SiteSettings } from '@/globals/SiteSettings'
import { AuditEvents } from '@/collections/AuditEvents'
import { loggerConfig } from '@/config/logger'
import { withRelationshipQueryGuard } from '@/security/relationshipQueries'
import { withQueryShapeCheck } from '@/security/queryShape'
import { withoutWrongTypes } from '@/hooks/refuseWrongTypes'
import { livePreview } from '@/preview/livePreview'
import { explainUnavailable } from '@/api/unavailable'
import { autoSeedOnFirstStart } from '@/seed/autoSeed'
import { addSitePagesOnUpgrade } from '@/seed/addSitePages'
import { MAX_UPLOAD_BYTES } from '@/collections/Media/hooks/rejectOversizedFile'

// Each admin reads rich text and custom fields in their own language (see the module).
buildFieldMapsPerRequest()

const dirname = path.dirname(fileURLToPath(import.meta.url))
const database = resolveDatabase()
// Read once at start so a mistyped BACKUP_SCHEDULE or BACKUP_KEEP stops the server with a message.
const backups = resolveBackupSettings()
const jobsAutoRun = process.env.PAYLOAD_JOBS_AUTORUN !== 'false'

export default buildConfig({
  secret: resolveSecret(),
  db: databaseAdapter(database),
  editor: lexicalEditor(),
  email: emailAdapter(),
  sharp,
  admin: {
    user: Users.slug,
    // Payload's default avatar is fetched from Gravatar: a third-party request with a hash of the
    // staff member's email on every admin page.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    livePreview,
    // "3 Des 2026, 00.48" in Indonesian, "3 Dec 2026, 00.48" in English.
    dateFormat: ADMIN_DATE_FORMAT,
    meta: {
      titleSuffix: ' · Ame Spa admin',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
    },
    components: {
      graphics: {
        Logo: '@/components/admin/AdminBrand#AdminLogo',
        Icon: '@/components/admin/AdminBrand#AdminIcon',
      },
      beforeDashboard: ['@/components/admin/Dashboard#Dashboard'],
      beforeNavLinks: [
        '@/components/admin/FrontDesk/BoardNavLink#BoardNavLink',
        '@/components/admin/GuestData/GuestDataNavLink#GuestDataNavLink',
      ],
      providers: ['@/components/admin/ContentLanguage/ContentLanguageMark#ContentLanguageMark'],
      views: {
        today: {
          Component: '@/components/admin/FrontDesk/TodayBoard#TodayBoard',
          path: '/today',
          meta: { title: 'Today' },
        },
        guestData: {
          Component: '@/components/admin/GuestData/GuestDataView#GuestDataView',
          path: '/guest-data',
          meta: { title: 'Guest data requests' },
        },
      },
    },
    timezones: {
      defaultTimezone: JAKARTA_TIMEZONE,
      supportedTimezones: [{ label: 'Jakarta (WIB, UTC+7)', value: JAKARTA_TIMEZONE }],
    },
  },
  collections: [
    ...[Pages, Services, Modalities, Techniques, Therapists, Media, Comparisons, Promotions].map(
      withoutControlCharacters,
    ),
    // Booking requests refuse control characters with their own messages in the guest's language.
    Inquiries,
    ...[SlugRedirects, Users, AuditEvents].map(withoutControlCharacters),
  ]
    .map(withoutWrongTypes)
    .map(withoutGeoQueries)
    .map(withRelationshipQueryGuard)
    .map(withQueryShapeCheck)
    .map(withBilingualLabels)
    .map(withPublishConfirmation)
    .map(withOtherLanguageTitle)
    .map(withoutApiTab),
  globals: [withoutApiTab(withBilingualLabels(globalWithoutControlCharacters(SiteSettings)))],
  localization: {
    locales: [
      // Objects, so the language menu speaks the admin's language and field labels show the code.
      { code: 'en', label: { en: 'English', id: 'Bahasa Inggris' } },
      { code: 'id', label: { en: 'Indonesian', id: 'Bahasa Indonesia' } },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  i18n: {
    supportedLanguages: { en, id },
    fallbackLanguage: 'en',
    translations: ADMIN_TRANSLATIONS,
  },
  // One byte over the limit reaches the media hook, which explains the limit to the editor.
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES + 1 } },
  endpoints: [healthEndpoint, revalidateEndpoint],
  jobs: {
    tasks: [
      expirePromotionPagesTask,
      sendBookingEmailTask,
      sendBookingDigestTask,
      backupDatabaseTask,
      erasePastPersonalDataTask,
      sendPasswordResetTask,
    ],
    // Admins see the job list (failed backups and emails included) under Admin.
    jobsCollectionOverrides: jobsForAdmins,
    // The runner lives in the app: scheduled publishing, promotion start/end and booking emails
    // need no external cron. With several instances, the one holding a lease in Redis runs it.
    autoRun: [
      { cron: '*/20 * * * * *', queue: 'default', limit: 20 },
      { cron: '*/5 * * * * *', queue: EMAIL_QUEUE, limit: 10 },
      ...(backups.schedule ? [{ cron: '0 * * * * *', queue: BACKUP_QUEUE, limit: 1 }] : []),
    ],
    shouldAutoRun: async () => jobsAutoRun && (await holdsJobRunnerLease()),
  },
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  // A visitor over a limit or a malformed query is not a server fault: one line of information.
  loggingLevels: {
    ...({ TooManyRequests: 'info', BadRequest: 'info', QueryError: 'info' } as Record<
      string,
      'info'
    >),
  },
  hooks: { afterError: [explainUnavailable] },
  // Guests' details never reach the log: see src/config/logger.ts.
  logger: loggerConfig(),
  onInit: async (payload) => {
    await autoSeedOnFirstStart(payload, database.kind === 'sqlite')
    await addSitePagesOnUpgrade(payload)
    if (jobsAutoRun && (await holdsJobRunnerLease())) await scheduleNextBackup(payload, new Date())
  },
})
