import { messages } from '../messages';

/** RFC 6749 error codes identity answers with. */
export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client' | 'unsupported_grant_type';

/** An RFC 6749 error body. */
export interface OAuthError {
  error: OAuthErrorCode;
  error_description: string;
}

const DESCRIPTIONS: Record<OAuthErrorCode, string> = {
  invalid_request: messages.oauth.invalidRequest,
  invalid_client: messages.oauth.invalidClient,
  invalid_grant: messages.oauth.invalidGrant,
  unauthorized_client: messages.oauth.unauthorizedClient,
  unsupported_grant_type: messages.oauth.unsupportedGrantType,
};

/** Returns the error body of `code` with its fixed Spanish description (never a detail that helps an attacker). */
export function createOAuthError(code: OAuthErrorCode): OAuthError {
  return { error: code, error_description: DESCRIPTIONS[code] };
}
