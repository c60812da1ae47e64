import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE, assertPageSize, decodeCursor } from '@egob/subgraph-kit';
import { Citizen } from '../citizen/citizen.type';
import type { IdentityContext } from '../identity-context';
import { ConsentLogConnection } from './consent-log-entry.type';
import { isConsentLogKey } from './consent.service';
import { Consent } from './consent.type';

/** Adds `Citizen.consents` and `Citizen.consentLog`: the citizen's own grants and their history. */
@Resolver(() => Citizen)
export class CitizenConsentsResolver {
  // No DataLoader: the rules let only the citizen's own Citizen through, so a request
  // resolves these fields for one citizen at most.
  @FieldResolver(() => [Consent], { description: 'Mis autorizaciones a entidades públicas, de la más reciente a la más antigua. Solo la propia persona las ve.' })
  consents(
    @Root() citizen: Citizen,
    @Arg('activeOnly', { defaultValue: true, description: 'Solo las vigentes (ni vencidas ni revocadas).' }) activeOnly: boolean,
    @Ctx() ctx: IdentityContext,
  ): Promise<Consent[]> {
    return ctx.services.consents.listForCitizen(citizen.ci, activeOnly);
  }

  @FieldResolver(() => ConsentLogConnection, {
    description: 'Bitácora de mis autorizaciones: cada otorgamiento y revocación, quién y cuándo; de la más reciente a la más antigua. Solo la propia persona la ve.',
  })
  consentLog(
    @Root() citizen: Citizen,
    @Arg('first', () => Int, { defaultValue: 20, description: `Cuántos (1 a ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor endCursor de la página anterior.' }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ) {
    assertPageSize(first);
    return ctx.services.consents.logForCitizen(citizen.ci, first, decodeCursor(after, isConsentLogKey));
  }
}
