import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE, PUBLIC_TAG, assertPageSize, badUserInput, decodeCursor, type Page } from '@egob/subgraph-kit';
import type { JusticeContext } from '../justice-context';
import { messages } from '../messages';
import { Territory } from '../territory/territory.type';
import { CaseMatter } from './case-matter.enum';
import { COURT_CODE } from './court-code';
import type { CourtRecord } from './court-catalogue';
import { Court, CourtConnection } from './court.type';


/** Resolves a Court for the gateway's `_entities` calls through the request's DataLoader. */
export function resolveCourtReference(reference: { code: string }, ctx: JusticeContext): Promise<CourtRecord | null> {
  return ctx.loaders.courtByCode.load(reference.code);
}

/** Public queries on the courts. */
@Resolver(() => Court)
export class CourtResolver {
  @Query(() => Court, { nullable: true, description: 'Juzgado por código; null si no existe. Público.' })
  @Directive(PUBLIC_TAG)
  court(@Arg('code', () => ID, { description: 'Código del juzgado (p. ej. `LPZ-CIV-03`).' }) code: string, @Ctx() ctx: JusticeContext): Promise<CourtRecord | null> | null {
    return COURT_CODE.test(code) ? ctx.loaders.courtByCode.load(code) : null;
  }

  @Query(() => CourtConnection, { description: 'Lista paginada de juzgados, ordenada por código. Público.' })
  @Directive(PUBLIC_TAG)
  courts(
    @Arg('first', () => Int, { defaultValue: 20, description: `Cuántos juzgados devolver (1 a ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor `endCursor` de la página anterior.' }) after: string | null | undefined,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Solo los de este departamento (código INE de 2 dígitos, p. ej. `02` La Paz).' })
    departmentCode: string | null | undefined,
    @Arg('matter', () => CaseMatter, { nullable: true, description: 'Solo los de esta materia.' }) matter: CaseMatter | null | undefined,
    @Ctx() ctx: JusticeContext,
  ): Promise<Page<CourtRecord>> {
    assertPageSize(first);
    const department = departmentCode ?? null;
    if (department !== null && !/^(0[1-9])$/.test(department)) throw badUserInput(messages.invalidDepartmentCode, 'departmentCode');
    const afterCode = decodeCursor(after, (key) => COURT_CODE.test(key));
    return ctx.services.courts.list({ departmentCode: department, matter: matter ?? null, first, afterCode });
  }

  @FieldResolver(() => Territory, { description: 'Municipio de su sede (código INE, p. ej. `020101` La Paz).' })
  @Directive(PUBLIC_TAG)
  territory(@Root() court: CourtRecord): Territory {
    return { code: court.territoryCode };
  }
}
