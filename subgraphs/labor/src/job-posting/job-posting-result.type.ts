import { Field, ObjectType } from 'type-graphql';
import { LaborError } from '../labor-error.type';
import { JobPosting } from './job-posting.type';

/** Outcome of publishJobPosting. */
@ObjectType({ description: 'Resultado de publicar una oferta de empleo.' })
export class PublishJobPostingResult {
  @Field({ description: 'Se publicó la oferta.' })
  ok: boolean;

  @Field(() => JobPosting, { nullable: true, description: 'La oferta publicada; null si hubo error.' })
  posting: JobPosting | null;

  @Field(() => LaborError, { nullable: true, description: 'El error; null si se publicó.' })
  error: LaborError | null;
}
