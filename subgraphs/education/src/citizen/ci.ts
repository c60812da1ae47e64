/** A CI as identity stores it: 4 to 10 digits and, when the SEGIP added one, `-<complement>`. */
const CI_PATTERN = /^\d{4,10}(-[0-9][A-Z])?$/;

/** Is `ci` a well-formed CI? */
export function isValidCi(ci: string): boolean {
  return CI_PATTERN.test(ci);
}

/** Returns the CI with its middle hidden (e.g. `12***67`): the holder of a title, to anyone verifying it. */
export function maskCi(ci: string): string {
  return ci.length <= 4 ? '***' : `${ci.slice(0, 2)}***${ci.slice(-2)}`;
}
