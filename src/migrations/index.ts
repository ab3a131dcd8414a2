import * as migration_20261126_173350_initial from './20261126_173350_initial'
import * as migration_20261126_182101_inquiries from './20261126_182101_inquiries'
import * as migration_20261126_195846_slug_redirects from './20261126_195846_slug_redirects'
import * as migration_20261126_205144_promotions_comparisons from './20261126_205144_promotions_comparisons'
import * as migration_20261127_101254_booking_intake from './20261127_101254_booking_intake'
import * as migration_20261127_120740_site_hero_image from './20261127_120740_site_hero_image'
import * as migration_20261127_124359_login_throttle_per_address from './20261127_124359_login_throttle_per_address'
import * as migration_20261127_134636_promotions_without_autosave from './20261127_134636_promotions_without_autosave'
import * as migration_20261202_232723_booking_schedules from './20261202_232723_booking_schedules'
import * as migration_20261203_012952_booking_prices_reference from './20261203_012952_booking_prices_reference'
import * as migration_20261203_042951_front_desk from './20261203_042951_front_desk'
import * as migration_20261203_051223_front_desk_room_note from './20261203_051223_front_desk_room_note'
import * as migration_20261203_121359_pages_and_navigation from './20261203_121359_pages_and_navigation'
import * as migration_20261203_140532_personal_data_retention_audit from './20261203_140532_personal_data_retention_audit'
import * as migration_20261203_170216_password_reset_job from './20261203_170216_password_reset_job'

export const migrations = [
  {
    up: migration_20261126_173350_initial.up,
    down: migration_20261126_173350_initial.down,
    name: '20261126_173350_initial',
  },
  {
    up: migration_20261126_182101_inquiries.up,
    down: migration_20261126_182101_inquiries.down,
    name: '20261126_182101_inquiries',
  },
  {
    up: migration_20261126_195846_slug_redirects.up,
    down: migration_20261126_195846_slug_redirects.down,
    name: '20261126_195846_slug_redirects',
  },
  {
    up: migration_20261126_205144_promotions_comparisons.up,
    down: migration_20261126_205144_promotions_comparisons.down,
    name: '20261126_205144_promotions_comparisons',
  },
  {
    up: migration_20261127_101254_booking_intake.up,
    down: migration_20261127_101254_booking_intake.down,
    name: '20261127_101254_booking_intake',
  },
  {
    up: migration_20261127_120740_site_hero_image.up,
    down: migration_20261127_120740_site_hero_image.down,
    name: '20261127_120740_site_hero_image',
  },
  {
    up: migration_20261127_124359_login_throttle_per_address.up,
    down: migration_20261127_124359_login_throttle_per_address.down,
    name: '20261127_124359_login_throttle_per_address',
  },
  {
    up: migration_20261127_134636_promotions_without_autosave.up,
    down: migration_20261127_134636_promotions_without_autosave.down,
    name: '20261127_134636_promotions_without_autosave',
  },
  {
    up: migration_20261202_232723_booking_schedules.up,
    down: migration_20261202_232723_booking_schedules.down,
    name: '20261202_232723_booking_schedules',
  },
  {
    up: migration_20261203_012952_booking_prices_reference.up,
    down: migration_20261203_012952_booking_prices_reference.down,
    name: '20261203_012952_booking_prices_reference',
  },
  {
    up: migration_20261203_042951_front_desk.up,
    down: migration_20261203_042951_front_desk.down,
    name: '20261203_042951_front_desk',
  },
  {
    up: migration_20261203_051223_front_desk_room_note.up,
    down: migration_20261203_051223_front_desk_room_note.down,
    name: '20261203_051223_front_desk_room_note',
  },
  {
    up: migration_20261203_121359_pages_and_navigation.up,
    down: migration_20261203_121359_pages_and_navigation.down,
    name: '20261203_121359_pages_and_navigation',
  },
  {
    up: migration_20261203_140532_personal_data_retention_audit.up,
    down: migration_20261203_140532_personal_data_retention_audit.down,
    name: '20261203_140532_personal_data_retention_audit',
  },
  {
    up: migration_20261203_170216_password_reset_job.up,
    down: migration_20261203_170216_password_reset_job.down,
    name: '20261203_170216_password_reset_job',
  },
]
