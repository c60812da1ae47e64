import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { MAX_PAGE_SIZE, kitMessages } from '@egob/subgraph-kit';
import type { IdentityContext } from '../identity-context';
import { messages } from '../messages';
import { Citizen, CitizenConnection } from './citizen.type';

/** Queries on the citizen register. */
@Resolver(() => Citizen)
export class CitizenResolver {
  @Query(() => Citizen, { nullable: true, description: 'Ciudadano por cédula de identidad; null si no está registrado.' })
  citizen(@Arg('ci', () => ID, { description: 'Cédula de identidad (con complemento si lo tiene).' }) ci: string, @Ctx() ctx: IdentityContext) {
    if (!ctx.services.citizens.isValidCi(ci)) {
      throw new GraphQLError(messages.invalidCi, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'ci' },
      });
    }
    return ctx.loaders.citizenByCi.load(ci);
  }

  @Query(() => CitizenConnection, { description: 'Lista paginada de ciudadanos, ordenada por cédula.' })
  citizens(
    @Arg('first', () => Int, { defaultValue: 20, description: `Cuántos (1 a ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor endCursor de la página anterior.' }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ) {
    if (first < 1 || first > MAX_PAGE_SIZE) {
      throw new GraphQLError(kitMessages.invalidPageSize(MAX_PAGE_SIZE), {
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
      });
    }
    return ctx.services.citizens.list(first, after ?? null);
  }
}
