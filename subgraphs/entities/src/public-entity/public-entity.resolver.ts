import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE, type Page } from '@egob/subgraph-kit';
import { assertPageSize } from '@egob/subgraph-kit';
import { assertPublicEntityCode, assertSearch, decodePublicEntityCursor, MAX_SEARCH_LENGTH } from '../arguments';
import type { EntitiesContext } from '../entities-context';
import { PUBLIC_TAG } from '../public-tag';
import type { TerritoryRecord } from '../territory/territory.model';
import { Territory } from '../territory/territory.type';
import { PublicEntityLevel, type PublicEntityRecord } from './public-entity.model';
import { PublicEntity, PublicEntityConnection } from './public-entity.type';

/** Resolves a PublicEntity for the gateway's `_entities` calls through the request's DataLoader. */
export function resolvePublicEntityReference(reference: { code: string }, ctx: EntitiesContext): Promise<PublicEntityRecord | null> {
  return ctx.loaders.publicEntityByCode.load(reference.code);
}

/** Queries on the catalogue of public entities. */
@Resolver(() => PublicEntity)
export class PublicEntityResolver {
  @Query(() => PublicEntity, { nullable: true, description: 'Entidad pública por código; null si no existe.' })
  @Directive(PUBLIC_TAG)
  publicEntity(
    @Arg('code', () => ID, { description: 'Código de la entidad (p. ej. `AGETIC`).' }) code: string,
    @Ctx() ctx: EntitiesContext,
  ): Promise<PublicEntityRecord | null> {
    assertPublicEntityCode(code, 'code');
    return ctx.loaders.publicEntityByCode.load(code);
  }

  @Query(() => PublicEntityConnection, { description: 'Lista paginada de entidades públicas, ordenada por código.' })
  @Directive(PUBLIC_TAG)
  publicEntities(
    @Arg('level', () => PublicEntityLevel, { nullable: true, description: 'Solo las de este nivel.' }) level: PublicEntityLevel | null | undefined,
    @Arg('search', () => String, {
      nullable: true,
      description: `Texto a buscar en el nombre y la sigla, palabra por palabra, sin distinguir mayúsculas ni acentos (máximo ${MAX_SEARCH_LENGTH} caracteres).`,
    })
    search: string | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: `Cuántas entidades devolver (1 a ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor `endCursor` de la página anterior.' }) after: string | null | undefined,
    @Ctx() ctx: EntitiesContext,
  ): Promise<Page<PublicEntityRecord>> {
    assertPageSize(first);
    assertSearch(search ?? null);
    const afterCode = decodePublicEntityCursor(after ?? null);
    return ctx.services.publicEntities.list({ level: level ?? null, search: search ?? null, first, afterCode });
  }

  @FieldResolver(() => Territory, { description: 'Territorio (municipio) de su sede; para un gobierno departamental, su departamento.' })
  @Directive(PUBLIC_TAG)
  async territory(@Root() entity: PublicEntityRecord, @Ctx() ctx: EntitiesContext): Promise<TerritoryRecord> {
    const found = await ctx.loaders.territoryByCode.load(entity.territoryCode);
    if (!found) throw new Error(`territory ${entity.territoryCode} of public entity ${entity.code} is missing`);
    return found;
  }
}
