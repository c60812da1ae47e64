import { Field, ObjectType } from 'type-graphql';
import { EducationError } from '../education-error.type';
import { AcademicTitle } from './title.type';

/** Outcome of issueTitle. */
@ObjectType({ description: 'Resultado de emitir un título.' })
export class IssueTitleResult {
  @Field({ description: 'Se emitió, firmó y depositó en el buzón ciudadano.' })
  ok: boolean;

  @Field(() => AcademicTitle, { nullable: true, description: 'El título; null si hubo error.' })
  title: AcademicTitle | null;

  @Field(() => EducationError, { nullable: true, description: 'El error; null si se emitió.' })
  error: EducationError | null;
}
