import { Field, ObjectType } from 'type-graphql';
import { LaborError } from '../labor-error.type';
import { Employment } from './employment.type';

/** Outcome of registerEmployment and endEmployment. */
@ObjectType({ description: 'Resultado de registrar o finalizar un empleo.' })
export class EmploymentResult {
  @Field({ description: 'Se guardó el registro laboral.' })
  ok: boolean;

  @Field(() => Employment, { nullable: true, description: 'El registro laboral guardado; null si hubo error.' })
  employment: Employment | null;

  @Field(() => LaborError, { nullable: true, description: 'El error; null si se guardó.' })
  error: LaborError | null;
}
