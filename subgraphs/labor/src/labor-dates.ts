/** Bolivia's offset from UTC (no daylight saving time): "today" for a labour record is La Paz's day. */
const LA_PAZ_OFFSET_MS = -4 * 3_600_000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Returns the calendar date (YYYY-MM-DD) in La Paz at the instant `now`. */
export function laPazToday(now: Date): string {
  return new Date(now.getTime() + LA_PAZ_OFFSET_MS).toISOString().slice(0, 10);
}

/** Is `text` a real calendar date written YYYY-MM-DD (2025-02-30 is not)? */
export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/**
 * Returns whole months worked in `periods` (an open end, or one after `today`, is `today`),
 * counting overlapping periods once: the periods are merged (adjacent ones join), and each
 * merged period counts the whole calendar months from its first day to the day after its last.
 */
export function experienceMonths(periods: ReadonlyArray<{ startDate: string; endDate: string | null }>, today: string): number {
  const spans = periods
    .map((period) => ({ start: period.startDate, end: period.endDate === null || period.endDate > today ? today : period.endDate }))
    .filter((span) => span.start <= span.end)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let months = 0;
  let current: { start: string; end: string } | null = null;
  for (const span of spans) {
    if (current !== null && span.start <= nextDay(current.end)) {
      if (span.end > current.end) current.end = span.end;
      continue;
    }
    if (current !== null) months += wholeMonths(current.start, nextDay(current.end));
    current = { ...span };
  }
  if (current !== null) months += wholeMonths(current.start, nextDay(current.end));
  return months;
}

/** Whole calendar months from `from` to `to` (YYYY-MM-DD, `to` excluded). */
function wholeMonths(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
