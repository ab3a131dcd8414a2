import type { InquiryField, InquiryValues } from './validateInquiry'

export type BookingState = {
  status: 'idle' | 'error' | 'success'
  values: InquiryValues
  /** Messages in the visitor's language, per field. */
  errors: Partial<Record<InquiryField, string>>
  /** A problem not tied to one field (rate limit, server error). */
  formError?: string
  submittedName?: string
}

export const emptyValues = (service = ''): InquiryValues => ({
  name: '',
  phone: '',
  service,
  date: '',
  time: '',
  message: '',
})
