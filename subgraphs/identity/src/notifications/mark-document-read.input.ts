import { Field, ID, InputType } from 'type-graphql';

/** Which document of their mailbox a citizen has read. */
@InputType({ description: 'Documento del buzón que la persona leyó.' })
export class MarkDocumentReadInput {
  @Field(() => ID, { description: 'Cédula de identidad de quien lo leyó: debe ser la propia.' })
  ci: string;

  @Field(() => ID, { description: 'Identificador del documento.' })
  id: string;
}
