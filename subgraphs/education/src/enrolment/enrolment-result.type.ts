import { Field, ObjectType } from 'type-graphql';
import { EducationError } from '../education-error.type';
import { Enrolment, Grade } from './enrolment.type';

/** Outcome of enrolStudent. */
@ObjectType({ description: 'Resultado de inscribir a una persona.' })
export class EnrolStudentResult {
  @Field({ description: 'Se inscribió.' })
  ok: boolean;

  @Field(() => Enrolment, { nullable: true, description: 'La inscripción; null si hubo error.' })
  enrolment: Enrolment | null;

  @Field(() => EducationError, { nullable: true, description: 'El error; null si se inscribió.' })
  error: EducationError | null;
}

/** Outcome of recordGrade. */
@ObjectType({ description: 'Resultado de registrar una calificación.' })
export class RecordGradeResult {
  @Field({ description: 'Se registró.' })
  ok: boolean;

  @Field(() => Grade, { nullable: true, description: 'La calificación; null si hubo error.' })
  grade: Grade | null;

  @Field(() => EducationError, { nullable: true, description: 'El error; null si se registró.' })
  error: EducationError | null;
}

/** Outcome of setEnrolmentStatus. */
@ObjectType({ description: 'Resultado de cambiar el estado de una inscripción.' })
export class SetEnrolmentStatusResult {
  @Field({ description: 'Se cambió.' })
  ok: boolean;

  @Field(() => Enrolment, { nullable: true, description: 'La inscripción; null si hubo error.' })
  enrolment: Enrolment | null;

  @Field(() => EducationError, { nullable: true, description: 'El error; null si se cambió.' })
  error: EducationError | null;
}
