import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE, PUBLIC_TAG, assertPageSize, badUserInput, decodeCursor, type Page } from '@egob/subgraph-kit';
import type { EducationContext } from '../education-context';
import { messages } from '../messages';
import { Territory } from '../territory/territory.type';
import { InstitutionKind } from './institution-kind';
import { EducationalInstitution, EducationalInstitutionConnection, type InstitutionRecord } from './institution.type';

/** An institution code: SIE digits or an acronym. */
export const INSTITUTION_CODE = /^[A-Z0-9]{1,16}$/;
const DEPARTMENT_CODE = /^0[1-9]$/;

/** Resolves an EducationalInstitution for the gateway's `_entities` calls through the request's DataLoader. */
export function resolveInstitutionReference(reference: { code: string }, ctx: EducationContext): Promise<InstitutionRecord | null> {
  return ctx.loaders.institutionByCode.load(reference.code);
}

/** The public catalogue of educational institutions. */
@Resolver(() => EducationalInstitution)
export class InstitutionResolver {
  @Query(() => EducationalInstitution, { nullable: true, description: 'Institución educativa por código; null si no existe. Público.' })
  @Directive(PUBLIC_TAG)
  educationalInstitution(
    @Arg('code', () => ID, { description: 'Código de la institución (p. ej. `80730001`, `UMSA`).' }) code: string,
    @Ctx() ctx: EducationContext,
  ): Promise<InstitutionRecord | null> {
    if (!INSTITUTION_CODE.test(code)) throw badUserInput(messages.invalidInstitutionCode, 'code');
    return ctx.loaders.institutionByCode.load(code);
  }

  @Query(() => EducationalInstitutionConnection, { description: 'Lista paginada de instituciones educativas, ordenada por código. Público.' })
  @Directive(PUBLIC_TAG)
  educationalInstitutions(
    @Arg('first', () => Int, { defaultValue: 20, description: `Cuántas devolver (1 a ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor `endCursor` de la página anterior.' }) after: string | null | undefined,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Solo las del departamento con este código INE (01 a 09).' })
    departmentCode: string | null | undefined,
    @Arg('kind', () => InstitutionKind, { nullable: true, description: 'Solo las de este tipo.' }) kind: InstitutionKind | null | undefined,
    @Ctx() ctx: EducationContext,
  ): Promise<Page<InstitutionRecord>> {
    assertPageSize(first);
    const department = departmentCode ?? null;
    if (department !== null && !DEPARTMENT_CODE.test(department)) throw badUserInput(messages.invalidDepartmentCode, 'departmentCode');
    const afterCode = decodeCursor(after, (key) => INSTITUTION_CODE.test(key));
    return ctx.services.institutions.list({ departmentCode: department, kind: kind ?? null, first, afterCode });
  }

  @FieldResolver(() => Territory, { description: 'Municipio de su sede (código INE).' })
  @Directive(PUBLIC_TAG)
  territory(@Root() institution: InstitutionRecord): Territory {
    return { code: institution.territoryCode };
  }
}
