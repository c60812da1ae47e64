import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { MAX_PAGE_SIZE, assertPageSize, badUserInput, decodeCursor } from '@egob/subgraph-kit';
import type { IdentityContext } from '../identity-context';
import { messages } from '../messages';
import { Citizen, CitizenConnection } from './citizen.type';

/** Queries on the citizen register. */
@Resolver(() => Citizen)
export class CitizenResolver {
  @Query(() => Citizen, { nullable: true, description: 'Ciudadano por cédula de identidad; null si no está registrado.' })
  citizen(@Arg('ci', () => ID, { description: 'Cédula de identidad (con complemento si lo tiene).' }) ci: string, @Ctx() ctx: IdentityContext) {
    if (!ctx.services.citizens.isValidCi(ci)) throw badUserInput(messages.invalidCi, 'ci');
    return ctx.loaders.citizenByCi.load(ci);
  }

  @Query(() => CitizenConnection, { description: 'Lista paginada de ciudadanos, ordenada por cédula.' })
  citizens(
    @Arg('first', () => Int, { defaultValue: 20, description: `Cuántos (1 a ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor endCursor de la página anterior.' }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ) {
    assertPageSize(first);
    return ctx.services.citizens.list(first, decodeCursor(after));
  }
}
