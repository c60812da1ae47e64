import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE, assertPageSize, decodeCursor } from '@egob/subgraph-kit';
import { Citizen } from '../citizen/citizen.type';
import type { IdentityContext } from '../identity-context';
import { DocumentConnection } from './document.type';
import { isMailboxKey } from './mailbox.service';

/** Adds `Citizen.mailbox`: the citizen's digital mailbox. */
@Resolver(() => Citizen)
export class CitizenMailboxResolver {
  // No DataLoader: the rules let only the citizen's own Citizen through (one per request).
  @FieldResolver(() => DocumentConnection, {
    description: 'Mi buzón ciudadano: documentos que las entidades públicas me emitieron, firmados; del más reciente al más antiguo. Solo la propia persona lo ve.',
  })
  mailbox(
    @Root() citizen: Citizen,
    @Arg('first', () => Int, { defaultValue: 20, description: `Cuántos (1 a ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor endCursor de la página anterior.' }) after: string | null,
    @Arg('unreadOnly', { defaultValue: false, description: 'Solo los documentos aún no leídos.' }) unreadOnly: boolean,
    @Ctx() ctx: IdentityContext,
  ) {
    assertPageSize(first);
    return ctx.services.mailbox.listForCitizen(citizen.ci, first, decodeCursor(after, isMailboxKey), unreadOnly);
  }
}
