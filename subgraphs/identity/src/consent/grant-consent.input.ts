import { Field, ID, InputType, Int } from 'type-graphql';
import { DEFAULT_CONSENT_DAYS, MAX_CONSENT_DAYS, MIN_CONSENT_DAYS } from './consent-scope';

/** What a citizen grants: which entity, which scope, for how long. */
@InputType({ description: 'Autorización que otorga la ciudadana o el ciudadano.' })
export class GrantConsentInput {
  @Field(() => ID, { description: 'Cédula de identidad de quien otorga: debe ser la propia.' })
  ci: string;

  @Field({ description: 'Código de la entidad pública autorizada (p. ej. `MIN-TRABAJO`).' })
  entity: string;

  @Field({ description: 'Ámbito de datos, `<subgrafo>:<área>` (p. ej. `education:titles`).' })
  scope: string;

  @Field(() => Int, {
    defaultValue: DEFAULT_CONSENT_DAYS,
    description: `Días de vigencia, de ${MIN_CONSENT_DAYS} a ${MAX_CONSENT_DAYS} (5 años); por omisión ${DEFAULT_CONSENT_DAYS} (un año).`,
  })
  validForDays: number;
}
