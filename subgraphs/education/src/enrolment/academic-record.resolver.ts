import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Citizen } from '../citizen/citizen.type';
import type { EducationContext } from '../education-context';
import { AcademicTitle, type TitleRecord } from '../title/title.type';
import { AcademicRecord, Enrolment, type EnrolmentRecord } from './enrolment.type';

/** Adds `Citizen.academicRecord`. */
@Resolver(() => Citizen)
export class CitizenAcademicRecordResolver {
  @FieldResolver(() => AcademicRecord, {
    description: 'Registro académico: inscripciones desde la escuela hasta la universidad, calificaciones y títulos. La propia persona o un registrador del Ministerio de Educación.',
  })
  academicRecord(@Root() citizen: Citizen): AcademicRecord {
    return { ci: citizen.ci };
  }
}

/** The lists of an academic record, through the request's loaders. */
@Resolver(() => AcademicRecord)
export class AcademicRecordResolver {
  @FieldResolver(() => [Enrolment], { description: 'Inscripciones, de la más antigua a la más reciente.' })
  enrolments(@Root() record: AcademicRecord, @Ctx() ctx: EducationContext): Promise<EnrolmentRecord[]> {
    return ctx.loaders.enrolmentsByCi.load(record.ci);
  }

  @FieldResolver(() => [AcademicTitle], { description: 'Títulos obtenidos, del más antiguo al más reciente.' })
  titles(@Root() record: AcademicRecord, @Ctx() ctx: EducationContext): Promise<TitleRecord[]> {
    return ctx.loaders.titlesByCi.load(record.ci);
  }
}
