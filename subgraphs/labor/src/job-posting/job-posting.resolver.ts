import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { MAX_PAGE_SIZE, PUBLIC_TAG, assertPageSize, badUserInput, decodeCursor, type Page } from '@egob/subgraph-kit';
import type { LaborContext } from '../labor-context';
import { messages } from '../messages';
import { isDepartmentCode } from '../territory/territory.type';
import { PublishJobPostingInput } from './job-posting-inputs';
import { PublishJobPostingResult } from './job-posting-result.type';
import { isJobPostingKey } from './job-posting.service';
import { JobPosting, JobPostingConnection } from './job-posting.type';

/** The public bolsa de trabajo and its publication. */
@Resolver(() => JobPosting)
export class JobPostingResolver {
  @Query(() => JobPosting, { nullable: true, description: 'Oferta de empleo por identificador; null si no existe. Público.' })
  @Directive(PUBLIC_TAG)
  jobPosting(@Arg('id', () => ID, { description: 'Identificador de la oferta.' }) id: string, @Ctx() ctx: LaborContext): Promise<JobPosting | null> {
    if (!isJobPostingKey(id)) throw badUserInput(messages.invalidPostingId, 'id');
    return ctx.loaders.jobPostingById.load(id);
  }

  @Query(() => JobPostingConnection, { description: 'Ofertas de empleo, de la más reciente a la más antigua. Público.' })
  @Directive(PUBLIC_TAG)
  jobPostings(
    @Arg('first', () => Int, { defaultValue: 20, description: `Cuántas (1 a ${MAX_PAGE_SIZE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor endCursor de la página anterior.' }) after: string | null | undefined,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Solo las de este departamento (código INE `01` a `09`).' }) departmentCode: string | null | undefined,
    @Arg('open', () => Boolean, { nullable: true, description: 'true: solo las abiertas hoy; false: solo las cerradas o aún no publicadas; omitido: todas.' }) open: boolean | null | undefined,
    @Ctx() ctx: LaborContext,
  ): Promise<Page<JobPosting>> {
    assertPageSize(first);
    const department = departmentCode ?? null;
    if (department !== null && !isDepartmentCode(department)) throw badUserInput(messages.invalidDepartmentCode, 'departmentCode');
    return ctx.services.jobPostings.list({ departmentCode: department, open: open ?? null, first, afterSeq: decodeCursor(after ?? null, isJobPostingKey) });
  }

  @Mutation(() => PublishJobPostingResult, {
    description: 'Publica una oferta de empleo: un empleador (rol `labor:employer`) para la entidad por la que actúa, o un inspector de trabajo para cualquier empleador.',
  })
  publishJobPosting(@Arg('input', () => PublishJobPostingInput) input: PublishJobPostingInput, @Ctx() ctx: LaborContext): Promise<PublishJobPostingResult> {
    return ctx.services.jobPostings.publish(input, { roles: ctx.request.roles, actingEntity: ctx.request.actingEntity });
  }
}
