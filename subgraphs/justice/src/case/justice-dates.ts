/** Bolivia's offset from UTC (America/La_Paz, no daylight saving): dates people file are local. */
const LA_PAZ_OFFSET_MS = -4 * 3_600_000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** Is `text` a real calendar date YYYY-MM-DD (not 2025-02-30)? */
export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** Returns the UTC instant normalised to milliseconds (`…:00.000Z`), or null when malformed or impossible. */
export function parseUtcInstant(text: string): string | null {
  if (!UTC_INSTANT.test(text)) return null;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const normalised = new Date(time).toISOString();
  // Date.parse rolls 2027-02-30 over to March: the date and time must survive unchanged.
  return normalised.slice(0, 16) === text.slice(0, 16) ? normalised : null;
}

/** Returns today's date (YYYY-MM-DD) in Bolivia at `now`. */
export function laPazToday(now: Date): string {
  return new Date(now.getTime() + LA_PAZ_OFFSET_MS).toISOString().slice(0, 10);
}
