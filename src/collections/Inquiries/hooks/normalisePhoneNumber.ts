import type { FieldHook } from 'payload'
import { normalisePhone } from '@/booking/rules'

/** Stores "0812 3456 7890" as "+6281234567890"; anything that is not a number is left for the rule. */
export const normalisePhoneNumber: FieldHook = ({ value }) => normalisePhone(value) ?? value
