import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { EducationContext } from '../education-context';
import { EducationalInstitution, type InstitutionRecord } from '../institution/institution.type';
import { EnrolStudentInput } from './enrol-student.input';
import { EnrolStudentResult, RecordGradeResult, SetEnrolmentStatusResult } from './enrolment-result.type';
import { Enrolment, Grade, type EnrolmentRecord, type GradeRecord } from './enrolment.type';
import { RecordGradeInput } from './record-grade.input';
import { SetEnrolmentStatusInput } from './set-enrolment-status.input';

/** Enrolments: their institution and grades, and the registrars' mutations. */
@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @FieldResolver(() => EducationalInstitution, { description: 'Institución de la inscripción.' })
  async institution(@Root() enrolment: EnrolmentRecord, @Ctx() ctx: EducationContext): Promise<InstitutionRecord> {
    if (enrolment.institution) return enrolment.institution;
    return requireInstitution(await ctx.loaders.institutionByCode.load(enrolment.institutionCode), enrolment.institutionCode);
  }

  @FieldResolver(() => [Grade], { description: 'Calificaciones, en el orden en que se registraron.' })
  grades(@Root() enrolment: EnrolmentRecord, @Ctx() ctx: EducationContext): Promise<GradeRecord[]> {
    return ctx.loaders.gradesByEnrolment.load(enrolment.id);
  }

  @Mutation(() => EnrolStudentResult, { description: 'Un registrador inscribe a una persona en una institución, un nivel y una gestión.' })
  async enrolStudent(@Arg('input', () => EnrolStudentInput) input: EnrolStudentInput, @Ctx() ctx: EducationContext): Promise<EnrolStudentResult> {
    const outcome = await ctx.services.enrolments.enrol(input);
    return outcome.ok ? { ok: true, enrolment: outcome.value, error: null } : { ok: false, enrolment: null, error: outcome.error };
  }

  @Mutation(() => RecordGradeResult, { description: 'Un registrador registra (o corrige) la calificación de una materia en un periodo.' })
  async recordGrade(@Arg('input', () => RecordGradeInput) input: RecordGradeInput, @Ctx() ctx: EducationContext): Promise<RecordGradeResult> {
    const outcome = await ctx.services.enrolments.recordGrade(input);
    return outcome.ok ? { ok: true, grade: outcome.value, error: null } : { ok: false, grade: null, error: outcome.error };
  }

  @Mutation(() => SetEnrolmentStatusResult, { description: 'Un registrador cambia el estado de una inscripción (promovido, reprobado, retirado…).' })
  async setEnrolmentStatus(
    @Arg('input', () => SetEnrolmentStatusInput) input: SetEnrolmentStatusInput,
    @Ctx() ctx: EducationContext,
  ): Promise<SetEnrolmentStatusResult> {
    const outcome = await ctx.services.enrolments.setStatus(input.enrolmentId, input.status);
    return outcome.ok ? { ok: true, enrolment: outcome.value, error: null } : { ok: false, enrolment: null, error: outcome.error };
  }
}

/** Returns the institution, or throws: every stored code references a seeded institution. */
export function requireInstitution(found: InstitutionRecord | null, code: string): InstitutionRecord {
  if (!found) throw new Error(`educational institution ${code} is missing`);
  return found;
}
