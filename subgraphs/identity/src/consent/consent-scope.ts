/** A consent scope: `<subgraph>:<area>`, e.g. `education:titles`, `health:record`. */
export const CONSENT_SCOPE_PATTERN = /^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/;

/** Longest scope stored. */
export const MAX_SCOPE_LENGTH = 80;

/** Is `scope` a well-formed consent scope? */
export function isValidScope(scope: string): boolean {
  return scope.length <= MAX_SCOPE_LENGTH && CONSENT_SCOPE_PATTERN.test(scope);
}

/** Shortest validity of a grant, in days. */
export const MIN_CONSENT_DAYS = 1;

/** Longest validity of a grant, in days: five years, with one leap day. */
export const MAX_CONSENT_DAYS = 5 * 365 + 1;

/** Validity of a grant when the citizen does not choose one: one year. */
export const DEFAULT_CONSENT_DAYS = 365;
