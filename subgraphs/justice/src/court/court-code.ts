/** Shape of a court code: `LPZ-CIV-03`. */
export const COURT_CODE = /^[A-Z]{3}-[A-Z]{3}-\d{2}$/;
