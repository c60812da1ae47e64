import { Field, ID, InputType } from 'type-graphql';
import { EnrolmentStatus } from './education-level';

/** A registrar changes where an enrolment stands. */
@InputType({ description: 'Cambio del estado de una inscripción.' })
export class SetEnrolmentStatusInput {
  @Field(() => ID, { description: 'Inscripción.' })
  enrolmentId: string;

  @Field(() => EnrolmentStatus, { description: 'Nuevo estado.' })
  status: EnrolmentStatus;
}
