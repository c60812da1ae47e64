/** The time source of the clerks' checks ("in the past", "in the future"): tests replace `now` to be exact. */
export interface Clock {
  now: () => Date;
}

/** Returns the system clock. */
export function createSystemClock(): Clock {
  return { now: () => new Date() };
}
