import { redirect } from 'next/navigation'
import { answerSegments, parseAnswers } from '@/guide/answers'
import { isLocale } from '@/i18n/locales'
import { pathFor } from '@/i18n/paths'

/**
 * The guide form's GET target: turns the answers into their one shareable, cacheable address.
 * Unknown or missing answers go back to the questions.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string }> },
): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) redirect('/')
  const query = new URL(request.url).searchParams
  const answers = parseAnswers({
    goal: query.get('goal'),
    pressure: query.get('pressure'),
    conditions: query.getAll('conditions'),
  })
  if (!answers) redirect(pathFor(locale, '/guide'))
  redirect(
    pathFor(locale, {
      pathname: '/guide/[goal]/[pressure]/[conditions]',
      params: answerSegments(answers),
    }),
  )
}
