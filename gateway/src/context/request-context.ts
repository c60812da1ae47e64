import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ANONYMOUS_SUBJECT, type RequestContext } from '@egob/context-token';
import type { VerifiedUser } from '../auth/user-token-verifier';
import { GatewayRefusal } from '../http/gateway-refusal';
import { MESSAGES } from '../http/messages';

/** Header in which a client declares why it reads the data (recorded by the audit log). */
export const PURPOSE_HEADER = 'x-egob-purpose';

/** Header that correlates one client request across the gateway, the subgraphs and the logs. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Header naming the PublicEntity a servant acts for (one of the token's `entity_roles`). */
export const ACTING_ENTITY_HEADER = 'x-egob-acting-entity';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
const MAX_PURPOSE_LENGTH = 200;
// Control characters would let a client forge lines in logs and audit records.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Returns the RequestContext of one incoming request (docs/access-control.md): the
 * verified user's subject and roles plus the entity roles of the entity it acts for
 * (anonymous without a user), the declared purpose when it is short plain text, and
 * the client's request id when well-formed (a fresh UUID otherwise). Throws a 403
 * GatewayRefusal when `x-egob-acting-entity` names an entity the user does not hold.
 */
export function createRequestContext(headers: IncomingHttpHeaders, user: VerifiedUser | null = null): RequestContext {
  const actingEntity = actingEntityOf(headers[ACTING_ENTITY_HEADER], user);
  const roles = user ? [...user.roles, ...(actingEntity ? (user.entityRoles[actingEntity] ?? []) : [])] : [];
  return {
    subject: user ? user.subject : ANONYMOUS_SUBJECT,
    roles: [...new Set(roles)],
    actingEntity,
    purpose: purposeOf(headers[PURPOSE_HEADER]),
    requestId: requestIdOf(headers[REQUEST_ID_HEADER]),
  };
}

function actingEntityOf(value: string | string[] | undefined, user: VerifiedUser | null): string | null {
  const entities = user ? Object.keys(user.entityRoles) : [];
  if (value === undefined || value === '') return entities.length === 1 ? entities[0]! : null;
  const requested = typeof value === 'string' ? value.trim() : null;
  if (requested !== null && Object.hasOwn(user?.entityRoles ?? {}, requested)) return requested;
  throw new GatewayRefusal(403, 'FORBIDDEN', MESSAGES.notActingEntity);
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
