import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE, PUBLIC_TAG, assertPageSize, badUserInput, decodeCursor, type Page } from '@egob/subgraph-kit';
import type { HealthContext } from '../health-context';
import { messages } from '../messages';
import { Territory } from '../shared/territory.type';
import { CareLevel } from './care-level';
import { isFacilityCode } from './facility.service';
import { HealthFacility, HealthFacilityConnection } from './facility.type';

/** Resolves a HealthFacility for the gateway's `_entities` calls through the request's DataLoader. */
export function resolveHealthFacilityReference(reference: { code: string }, ctx: HealthContext): Promise<HealthFacility | null> {
  return ctx.loaders.facilityByCode.load(reference.code);
}

/** Public queries on health facilities. */
@Resolver(() => HealthFacility)
export class FacilityResolver {
  @Query(() => HealthFacility, { nullable: true, description: 'Establecimiento de salud por código; null si no existe.' })
  @Directive(PUBLIC_TAG)
  healthFacility(
    @Arg('code', () => ID, { description: 'Código del establecimiento (6 dígitos, p. ej. `200001`).' }) code: string,
    @Ctx() ctx: HealthContext,
  ): Promise<HealthFacility | null> {
    if (!isFacilityCode(code)) throw badUserInput(messages.invalidFacilityCode, 'code');
    return ctx.loaders.facilityByCode.load(code);
  }

  @Query(() => HealthFacilityConnection, { description: 'Lista paginada de establecimientos de salud públicos, ordenada por código.' })
  @Directive(PUBLIC_TAG)
  healthFacilities(
    @Arg('first', () => Int, { defaultValue: 20, description: `Cuántos establecimientos devolver (1 a ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor `endCursor` de la página anterior.' }) after: string | null | undefined,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Solo los de este departamento (código INE de 2 dígitos, p. ej. `02`).' })
    departmentCode: string | null | undefined,
    @Arg('level', () => CareLevel, { nullable: true, description: 'Solo los de este nivel de atención.' }) level: CareLevel | null | undefined,
    @Ctx() ctx: HealthContext,
  ): Promise<Page<HealthFacility>> {
    assertPageSize(first);
    const department = departmentCode ?? null;
    if (department !== null && !/^0[1-9]$/.test(department)) throw badUserInput(messages.invalidDepartmentCode, 'departmentCode');
    const afterCode = decodeCursor(after ?? null, isFacilityCode);
    return ctx.services.facilities.list({ departmentCode: department, level: level ?? null, first, afterCode });
  }

  @FieldResolver(() => Territory, { description: 'Municipio donde está el establecimiento.' })
  @Directive(PUBLIC_TAG)
  territory(@Root() facility: HealthFacility): Territory {
    return { code: facility.territoryCode };
  }
}
