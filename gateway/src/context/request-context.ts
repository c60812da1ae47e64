import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ANONYMOUS_SUBJECT, type RequestContext } from '@egob/context-token';

/** Header in which a client declares why it reads the data (recorded by the audit log). */
export const PURPOSE_HEADER = 'x-egob-purpose';

/** Header that correlates one client request across the gateway, the subgraphs and the logs. */
export const REQUEST_ID_HEADER = 'x-request-id';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
const MAX_PURPOSE_LENGTH = 200;
// Control characters would let a client forge lines in logs and audit records.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Returns the RequestContext of one incoming request: anonymous until user tokens are
 * verified here, the declared purpose when it is short plain text, and the client's
 * request id when well-formed (a fresh UUID otherwise).
 */
export function createRequestContext(headers: IncomingHttpHeaders): RequestContext {
  return {
    subject: ANONYMOUS_SUBJECT,
    roles: [],
    actingEntity: null,
    purpose: purposeOf(headers[PURPOSE_HEADER]),
    requestId: requestIdOf(headers[REQUEST_ID_HEADER]),
  };
}

function purposeOf(value: string | string[] | undefined): string | null {
  if (typeof value !== 'string') return null;
  const purpose = value.trim();
  if (purpose === '' || purpose.length > MAX_PURPOSE_LENGTH || CONTROL_CHARACTERS.test(purpose)) return null;
  return purpose;
}

function requestIdOf(value: string | string[] | undefined): string {
  return typeof value === 'string' && REQUEST_ID_PATTERN.test(value) ? value : randomUUID();
}
