import { Field, ID, InputType } from 'type-graphql';
import { TitleKind } from './title-kind';

/** A registrar issues a title. */
@InputType({ description: 'Emisión de un título académico: se firma y se deposita en el buzón ciudadano.' })
export class IssueTitleInput {
  @Field(() => ID, { description: 'Cédula de identidad de la persona titulada.' })
  ci: string;

  @Field({ description: 'Institución que otorga el título: la persona debe tener allí una inscripción del nivel que corresponde.' })
  institutionCode: string;

  @Field(() => TitleKind, { description: 'Tipo de título (BACHILLER requiere SECUNDARIA; TECNICO_* TECNICO; LICENCIATURA LICENCIATURA; MAESTRIA y DOCTORADO POSGRADO).' })
  kind: TitleKind;

  @Field({ description: 'Nombre del título (1 a 200 caracteres, p. ej. "Bachiller en Humanidades").' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Fecha de emisión AAAA-MM-DD, no futura; por omisión hoy (UTC).' })
  issuedOn?: string | null;
}
