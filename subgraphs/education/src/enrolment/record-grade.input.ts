import { Field, ID, InputType, Int } from 'type-graphql';

/** A registrar records a grade. */
@InputType({ description: 'Calificación de una materia en un periodo de una inscripción.' })
export class RecordGradeInput {
  @Field(() => ID, { description: 'Inscripción.' })
  enrolmentId: string;

  @Field({ description: 'Materia (1 a 100 caracteres).' })
  subject: string;

  @Field(() => String, { nullable: true, description: 'Periodo (hasta 60 caracteres, p. ej. "1er trimestre"). La misma materia y periodo reemplaza la nota anterior.' })
  period?: string | null;

  // An Int checked by the service: a score out of range is a typed error in the result.
  @Field(() => Int, { description: 'Nota de 0 a 100 (aprueba con 51).' })
  score: number;
}
