import type { AdminViewServerProps } from 'payload'
import { AdminViewPage } from '../AdminViewPage'
import { hasRole, type Role } from '@/access/roles'
import { BOARD_RANGES, readRange, shortDay } from '@/booking/frontDesk'
import { readBoard, type DeskRow } from '@/queries/frontDesk'
import { BoardRow, type RowProps } from './BoardRow'
import { DESK_TEXT } from './text'
import styles from './FrontDesk.module.css'

function Rows({ rows, ...props }: { rows: DeskRow[] } & Omit<RowProps, 'row'>) {
  return (
    <ol className={styles.rows}>
      {rows.map((row) => (
        <BoardRow key={row.id} row={row} {...props} />
      ))}
    </ol>
  )
}

/**
 * `/admin/today`: the front desk's landing page. Today's, tomorrow's or this week's booking
 * requests as rows by time, each with its state and the next taps (WhatsApp, Call, Confirm…).
 */
export async function TodayBoard({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user, i18n } = req
  const language = i18n.language === 'id' ? 'id' : 'en'
  const text = DESK_TEXT[language]
  const range = readRange(searchParams?.range)
  const allowed = hasRole(user as { roles?: Role[] } | null, 'admin', 'frontdesk')
  const now = new Date()
  const board = allowed ? await readBoard({ payload, user, locale: language }, range, now) : null
  const days = board
    ? board.dates
        .map((date) => ({ date, rows: board.rows.filter((row) => row.preferredDate === date) }))
        .filter((day) => day.rows.length)
    : []
  const shared = {
    locale: language,
    text,
    replyWithinMinutes: board?.replyWithinMinutes ?? 0,
    now,
  } as const
  return (
    <AdminViewPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div className={styles.board} data-testid="today-board">
        <h1 className={styles.heading}>{text.board}</h1>
        <p className={styles.intro}>{text.boardIntro}</p>
        {!board ? (
          <p>{text.notForRole}</p>
        ) : (
          <>
            <nav className={styles.tabs} aria-label={text.board}>
              {BOARD_RANGES.map((key) => (
                <a
                  key={key}
                  href={`/admin/today?range=${key}`}
                  className={styles.tab}
                  aria-current={key === range ? 'page' : undefined}
                >
                  {text.ranges[key]}
                </a>
              ))}
            </nav>
            <section aria-labelledby="board-waiting" data-testid="board-waiting">
              <h2 id="board-waiting" className={styles.day}>
                {text.waiting} ({board.waiting.length})
              </h2>
              {board.waiting.length ? (
                <Rows rows={board.waiting} {...shared} withDay />
              ) : (
                <p>{text.noneWaiting}</p>
              )}
            </section>
            {days.every((day) => !day.rows.length) ? (
              <>
                <h2 className={styles.day}>{text.ranges[range]}</h2>
                <p>{text.empty}</p>
              </>
            ) : null}
            {days.map((day) =>
              day.rows.length ? (
                <section key={day.date} aria-labelledby={`day-${day.date}`} data-testid="board-day">
                  <h2 id={`day-${day.date}`} className={styles.day}>
                    {shortDay(day.date, language)}
                  </h2>
                  <Rows rows={day.rows} {...shared} />
                </section>
              ) : null,
            )}
          </>
        )}
      </div>
    </AdminViewPage>
  )
}
