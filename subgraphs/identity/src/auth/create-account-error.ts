import { messages } from '../messages';
import type { AccountError, AccountErrorCode } from './account-error.type';

/** Returns the error payload of `code` with its Spanish message. */
export function createAccountError(code: `${AccountErrorCode}`): AccountError {
  return { code: code as AccountErrorCode, message: messages.account[code] };
}
