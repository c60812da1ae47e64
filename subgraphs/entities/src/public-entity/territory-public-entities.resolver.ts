import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntitiesContext } from '../entities-context';
import { PUBLIC_TAG } from '../public-tag';
import type { TerritoryRecord } from '../territory/territory.model';
import { Territory } from '../territory/territory.type';
import type { PublicEntityRecord } from './public-entity.model';
import { PublicEntity } from './public-entity.type';

/** Adds `Territory.publicEntities` (kept here so the territory folder does not depend on public entities). */
@Resolver(() => Territory)
export class TerritoryPublicEntitiesResolver {
  // A plain list: the catalogue is curated reference data, a few dozen entities per
  // territory at most (the seat of government, 020101, has the most).
  @FieldResolver(() => [PublicEntity], { description: 'Entidades públicas con sede en este territorio, ordenadas por código.' })
  @Directive(PUBLIC_TAG)
  publicEntities(@Root() territory: TerritoryRecord, @Ctx() ctx: EntitiesContext): Promise<PublicEntityRecord[]> {
    return ctx.loaders.publicEntitiesByTerritory.load(territory.code);
  }
}
