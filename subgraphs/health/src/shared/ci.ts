/** A CI as the platform writes it: 4 to 10 digits and, when the SEGIP added one, `-<digit><letter>`. */
const CI_PATTERN = /^\d{4,10}(-[0-9][A-Z])?$/;

/** Is `ci` a well-formed CI (federation key of Citizen)? */
export function isValidCi(ci: string): boolean {
  return CI_PATTERN.test(ci);
}
