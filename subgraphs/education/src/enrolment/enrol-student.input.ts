import { Field, ID, InputType, Int } from 'type-graphql';
import { EducationLevel } from './education-level';

/** A registrar enrols a student. */
@InputType({ description: 'Inscripción de una persona en una institución educativa.' })
export class EnrolStudentInput {
  @Field(() => ID, { description: 'Cédula de identidad de la persona.' })
  ci: string;

  @Field({ description: 'Código de la institución (p. ej. `80730001`, `UMSA`).' })
  institutionCode: string;

  @Field(() => EducationLevel, { description: 'Nivel: debe ser uno que la institución ofrece.' })
  level: EducationLevel;

  @Field(() => Int, { description: 'Gestión (año), de 1950 al año siguiente al actual.' })
  year: number;

  @Field(() => String, { nullable: true, description: 'Curso o carrera (hasta 120 caracteres).' })
  course?: string | null;
}
