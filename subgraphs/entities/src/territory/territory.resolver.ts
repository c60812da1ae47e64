import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertTerritoryCode } from '../arguments';
import type { EntitiesContext } from '../entities-context';
import { PUBLIC_TAG } from '../public-tag';
import { TerritoryLevel, type TerritoryRecord } from './territory.model';
import { Territory } from './territory.type';

/** Resolves a Territory for the gateway's `_entities` calls (identity's residence, …) through the request's DataLoader. */
export function resolveTerritoryReference(reference: { code: string }, ctx: EntitiesContext): Promise<TerritoryRecord | null> {
  return ctx.loaders.territoryByCode.load(reference.code);
}

/** Queries on Bolivia's territorial division, and the links between its units. */
@Resolver(() => Territory)
export class TerritoryResolver {
  @Query(() => Territory, { nullable: true, description: 'Unidad territorial por código INE; null si no existe.' })
  @Directive(PUBLIC_TAG)
  territory(
    @Arg('code', () => ID, { description: 'Código INE de 2, 4 o 6 dígitos (p. ej. `02`, `0201`, `020101`).' }) code: string,
    @Ctx() ctx: EntitiesContext,
  ): Promise<TerritoryRecord | null> {
    assertTerritoryCode(code, 'code');
    return ctx.loaders.territoryByCode.load(code);
  }

  // Not paginated: the whole division is 465 units, and a filtered list far fewer.
  @Query(() => [Territory], {
    description:
      'Unidades territoriales ordenadas por código. Sin filtros devuelve las 465; con `parentCode` solo las contenidas en ese territorio (las provincias y municipios de un departamento, los municipios de una provincia).',
  })
  @Directive(PUBLIC_TAG)
  territories(
    @Arg('level', () => TerritoryLevel, { nullable: true, description: 'Solo las de este nivel.' }) level: TerritoryLevel | null | undefined,
    @Arg('parentCode', () => ID, { nullable: true, description: 'Código INE del departamento o provincia que las contiene.' })
    parentCode: string | null | undefined,
    @Ctx() ctx: EntitiesContext,
  ): Promise<TerritoryRecord[]> {
    if (parentCode != null) assertTerritoryCode(parentCode, 'parentCode');
    return ctx.services.territories.list({ level: level ?? null, parentCode: parentCode ?? null });
  }

  @FieldResolver(() => Territory, { nullable: true, description: 'Unidad del nivel superior: el departamento de una provincia, la provincia de un municipio; null para un departamento.' })
  @Directive(PUBLIC_TAG)
  parent(@Root() territory: TerritoryRecord, @Ctx() ctx: EntitiesContext): Promise<TerritoryRecord | null> | null {
    return territory.parentCode === null ? null : ctx.loaders.territoryByCode.load(territory.parentCode);
  }

  @FieldResolver(() => Territory, { description: 'Departamento al que pertenece (el mismo territorio si es un departamento).' })
  @Directive(PUBLIC_TAG)
  department(@Root() territory: TerritoryRecord, @Ctx() ctx: EntitiesContext): Promise<TerritoryRecord> | TerritoryRecord {
    if (territory.level === TerritoryLevel.DEPARTMENT) return territory;
    return loadExisting(ctx, territory.departmentCode);
  }

  @FieldResolver(() => Territory, {
    nullable: true,
    description: 'Provincia a la que pertenece (la misma si es una provincia); null para un departamento.',
  })
  @Directive(PUBLIC_TAG)
  province(@Root() territory: TerritoryRecord, @Ctx() ctx: EntitiesContext): Promise<TerritoryRecord> | TerritoryRecord | null {
    if (territory.level === TerritoryLevel.DEPARTMENT) return null;
    if (territory.level === TerritoryLevel.PROVINCE) return territory;
    return loadExisting(ctx, territory.code.slice(0, 4));
  }

  // A plain list, not a connection: a department has at most 20 provinces and a
  // province at most 8 municipal units (INE 2024), and the division changes by law only.
  @FieldResolver(() => [Territory], {
    description: 'Unidades del nivel inferior ordenadas por código: las provincias de un departamento, los municipios de una provincia; vacía para un municipio.',
  })
  @Directive(PUBLIC_TAG)
  children(@Root() territory: TerritoryRecord, @Ctx() ctx: EntitiesContext): Promise<TerritoryRecord[]> | TerritoryRecord[] {
    return territory.level === TerritoryLevel.MUNICIPALITY ? [] : ctx.loaders.territoryChildren.load(territory.code);
  }
}

/** Loads a territory the data guarantees (a parent link); a missing one is a bug, not a client error. */
async function loadExisting(ctx: EntitiesContext, code: string): Promise<TerritoryRecord> {
  const found = await ctx.loaders.territoryByCode.load(code);
  if (!found) throw new Error(`territory ${code} is missing: the territory table is incomplete`);
  return found;
}
