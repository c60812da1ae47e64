/** Returns the current instant (injected so tests could fix it). */
export type Clock = () => Date;

/** Bolivia is UTC−4 all year (no daylight saving): its calendar date of an instant. */
export function laPazDate(instant: Date): string {
  return new Date(instant.getTime() - 4 * 3_600_000).toISOString().slice(0, 10);
}
