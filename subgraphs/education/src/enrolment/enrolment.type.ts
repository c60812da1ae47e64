import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { InstitutionRecord } from '../institution/institution.type';
import { EducationLevel, EnrolmentStatus } from './education-level';

/** An enrolment as the services return it. */
export interface EnrolmentRecord {
  id: string;
  ci: string;
  institutionCode: string;
  level: EducationLevel;
  year: number;
  course: string | null;
  status: EnrolmentStatus;
  /** The institution, when the read joined it (lists of an academic record); else the loader fetches it. */
  institution?: InstitutionRecord;
}

/** A grade as the services return it. */
export interface GradeRecord {
  ci: string;
  enrolmentId: string;
  subject: string;
  period: string | null;
  score: number;
  passed: boolean;
}

/** Lowest passing score in Bolivia (out of 100). */
export const PASSING_SCORE = 51;

/** A citizen's enrolment at an institution in a year. */
@ObjectType({ description: 'Inscripción de una persona en una institución educativa, en un nivel y una gestión.' })
export class Enrolment {
  @Field(() => ID, { description: 'Identificador de la inscripción.' })
  id: string;

  @Field(() => EducationLevel, { description: 'Nivel educativo.' })
  level: EducationLevel;

  @Field(() => Int, { description: 'Gestión (año) de la inscripción.' })
  year: number;

  @Field(() => String, { nullable: true, description: 'Curso o carrera (p. ej. "6to de secundaria", "Ingeniería de Sistemas"); null si no se indicó.' })
  course: string | null;

  @Field(() => EnrolmentStatus, { description: 'Estado de la inscripción.' })
  status: EnrolmentStatus;
}

/** A score in a subject and period. */
@ObjectType({ description: 'Calificación de una materia en un periodo.' })
export class Grade {
  @Field({ description: 'Materia (p. ej. "Matemáticas").' })
  subject: string;

  @Field(() => String, { nullable: true, description: 'Periodo (p. ej. "1er trimestre", "Semestre 1-2024", "Final"); null si no se indicó.' })
  period: string | null;

  @Field(() => Int, { description: 'Nota de 0 a 100.' })
  score: number;

  @Field({ description: `Aprobó: nota de ${PASSING_SCORE} o más.` })
  passed: boolean;
}

/** A citizen's academic record: the parent of enrolments and titles. */
@ObjectType({ description: 'Registro académico de una persona: inscripciones desde la escuela hasta la universidad y títulos.' })
export class AcademicRecord {
  ci: string;
}
