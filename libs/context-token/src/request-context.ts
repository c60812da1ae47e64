/** HTTP header that carries the context token from the gateway to a subgraph. */
export const CONTEXT_TOKEN_HEADER = 'x-egob-context';

/** `iss` of every context token: only the gateway signs them. */
export const CONTEXT_TOKEN_ISSUER = 'egob-gateway';

/** Subject of a request made without a user token. */
export const ANONYMOUS_SUBJECT = 'anonymous';

/** Who is asking, as the gateway vouches for it to a subgraph. */
export interface RequestContext {
  /** The user (a citizen's CI), a service account, or ANONYMOUS_SUBJECT. */
  subject: string;
  /** Platform and entity roles, e.g. `citizen`, `health:clinician`, `analyst`. */
  roles: string[];
  /** Code of the PublicEntity the user acts for, or null. */
  actingEntity: string | null;
  /** Declared purpose of the access (recorded by the audit log), or null. */
  purpose: string | null;
  /** Correlates the subgraph calls and log lines of one client request. */
  requestId: string;
}
