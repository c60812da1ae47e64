import type { GraphQLResponse } from '@apollo/server';
import type { Logger } from '@egob/logger';
import type { AuditOutbox } from '../audit/audit-outbox';
import type { SubgraphContext } from '../subgraph-context';
import { messages } from '../messages';

/** Error code of a response whose personal data was withheld because its reads could not be recorded. */
export const AUDIT_UNAVAILABLE = 'AUDIT_UNAVAILABLE';

/**
 * Writes the request's personal-data reads to the outbox before the response leaves.
 * Personal data is never returned unaudited: when the write fails, the whole `data` is
 * replaced by null and one AUDIT_UNAVAILABLE error (the client may retry).
 */
export async function writeAuditOrWithhold(
  response: GraphQLResponse,
  context: SubgraphContext<unknown, unknown>,
  outbox: AuditOutbox,
  subgraph: string,
  logger: Logger,
): Promise<void> {
  if (!context?.audit || context.audit.isEmpty) return;
  try {
    await outbox.append(context.audit.toEvents(context.request, subgraph));
  } catch (error) {
    logger.error({ err: error, requestId: context.request.requestId }, 'cannot write the audit outbox; personal data withheld');
    const withheld = { message: messages.auditUnavailable, extensions: { code: AUDIT_UNAVAILABLE } };
    if (response.body.kind === 'single') {
      response.body.singleResult = { data: null, errors: [withheld] };
    } else {
      // Incremental delivery is not enabled in the kit; should it ever be, fail closed.
      response.body = { kind: 'single', singleResult: { data: null, errors: [withheld] } };
    }
  }
}
