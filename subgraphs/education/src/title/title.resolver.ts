import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PUBLIC_TAG, badUserInput } from '@egob/subgraph-kit';
import { isValidCi } from '../citizen/ci';
import type { EducationContext } from '../education-context';
import { requireInstitution } from '../enrolment/enrolment.resolver';
import { EducationalInstitution, type InstitutionRecord } from '../institution/institution.type';
import { messages } from '../messages';
import { IssueTitleInput } from './issue-title.input';
import { IssueTitleResult } from './issue-title-result.type';
import { TitleVerification, VerifiedTitle } from './title-verification.type';
import { AcademicTitle, type TitleRecord } from './title.type';

/** Academic titles: the holder's list, issuance and public verification. */
@Resolver(() => AcademicTitle)
export class TitleResolver {
  @Query(() => [AcademicTitle], {
    description: 'Títulos de una persona, del más antiguo al más reciente: la propia persona, un registrador, o una entidad con su consentimiento `education:titles`.',
  })
  academicTitles(@Arg('ci', () => ID, { description: 'Cédula de identidad de la persona.' }) ci: string, @Ctx() ctx: EducationContext): Promise<TitleRecord[]> {
    if (!isValidCi(ci)) throw badUserInput(messages.errors.invalidCi, 'ci');
    return ctx.loaders.titlesByCi.load(ci);
  }

  @FieldResolver(() => EducationalInstitution, { description: 'Institución que otorgó el título.' })
  async institution(@Root() title: TitleRecord, @Ctx() ctx: EducationContext): Promise<InstitutionRecord> {
    if (title.institution) return title.institution;
    return requireInstitution(await ctx.loaders.institutionByCode.load(title.institutionCode), title.institutionCode);
  }

  @Mutation(() => IssueTitleResult, {
    description: 'Un registrador emite un título: se firma con la clave del Ministerio de Educación y se deposita en el buzón ciudadano a través del gateway.',
  })
  async issueTitle(@Arg('input', () => IssueTitleInput) input: IssueTitleInput, @Ctx() ctx: EducationContext): Promise<IssueTitleResult> {
    const outcome = await ctx.services.titles.issue(input, ctx.graph);
    return outcome.ok ? { ok: true, title: outcome.value, error: null } : { ok: false, title: null, error: outcome.error };
  }

  @Query(() => TitleVerification, {
    description: 'Verifica un título por su código y, si se presenta, el documento exportado del buzón: que sea auténtico e inalterado. Público.',
  })
  @Directive(PUBLIC_TAG)
  verifyTitle(
    @Arg('code', () => ID, { description: 'Código del título (p. ej. `TIT-2025-7KQ4M2XA`).' }) code: string,
    @Arg('document', () => String, { nullable: true, description: 'Texto JSON `{ payload, signature, keyId }` del documento exportado, para comprobar también la firma.' })
    document: string | null | undefined,
    @Ctx() ctx: EducationContext,
  ): Promise<TitleVerification> {
    return ctx.services.titles.verify(code, document ?? null, ctx.graph);
  }
}

/** The institution of a verified title (public). */
@Resolver(() => VerifiedTitle)
export class VerifiedTitleResolver {
  @FieldResolver(() => EducationalInstitution, { description: 'Institución que otorgó el título.' })
  @Directive(PUBLIC_TAG)
  async institution(@Root() title: VerifiedTitle, @Ctx() ctx: EducationContext): Promise<InstitutionRecord> {
    return requireInstitution(await ctx.loaders.institutionByCode.load(title.institutionCode), title.institutionCode);
  }
}
