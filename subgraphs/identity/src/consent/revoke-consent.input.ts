import { Field, ID, InputType } from 'type-graphql';

/** Which grant a citizen revokes. */
@InputType({ description: 'Autorización que revoca la ciudadana o el ciudadano.' })
export class RevokeConsentInput {
  @Field(() => ID, { description: 'Cédula de identidad de quien revoca: debe ser la propia.' })
  ci: string;

  @Field(() => ID, { description: 'Identificador de la autorización.' })
  id: string;
}
