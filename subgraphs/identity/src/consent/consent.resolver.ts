import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { badUserInput } from '@egob/subgraph-kit';
import type { IdentityContext } from '../identity-context';
import { ENTITY_CODE_PATTERN } from '../public-entity/public-entity.type';
import { GrantConsentResult, RevokeConsentResult } from './consent-result.type';
import { isValidScope } from './consent-scope';
import { ConsentStatus } from './consent-status.type';
import { consentMessages } from './consent.messages';
import { GrantConsentInput } from './grant-consent.input';
import { RevokeConsentInput } from './revoke-consent.input';

/** Grants, revocations and consent checks ("autorizaciones"). */
@Resolver()
export class ConsentResolver {
  @Mutation(() => GrantConsentResult, {
    description: 'La ciudadana o el ciudadano autoriza a una entidad pública a leer un ámbito de sus datos, con vencimiento (renueva la autorización vigente del mismo ámbito). Queda en la bitácora de autorizaciones.',
  })
  grantConsent(@Arg('input', () => GrantConsentInput) input: GrantConsentInput, @Ctx() ctx: IdentityContext): Promise<GrantConsentResult> {
    return ctx.services.consents.grant(input, ctx.request);
  }

  @Mutation(() => RevokeConsentResult, {
    description: 'La ciudadana o el ciudadano revoca una autorización vigente. Queda en la bitácora de autorizaciones.',
  })
  revokeConsent(@Arg('input', () => RevokeConsentInput) input: RevokeConsentInput, @Ctx() ctx: IdentityContext): Promise<RevokeConsentResult> {
    return ctx.services.consents.revoke(input.ci, input.id, ctx.request);
  }

  @Query(() => ConsentStatus, {
    description: 'Si la entidad tiene ahora autorización vigente de la persona para el ámbito. Responde a las cuentas de servicio de esa entidad y a la propia persona.',
  })
  consentStatus(
    @Arg('ci', () => ID, { description: 'Cédula de identidad de la persona.' }) ci: string,
    @Arg('entity', { description: 'Código de la entidad pública (p. ej. `MIN-TRABAJO`).' }) entity: string,
    @Arg('scope', { description: 'Ámbito, `<subgrafo>:<área>` (p. ej. `education:titles`).' }) scope: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<ConsentStatus> {
    if (!ctx.services.citizens.isValidCi(ci)) throw badUserInput(consentMessages.invalidCi, 'ci');
    if (!ENTITY_CODE_PATTERN.test(entity)) throw badUserInput(consentMessages.invalidEntity, 'entity');
    if (!isValidScope(scope)) throw badUserInput(consentMessages.invalidScope, 'scope');
    return ctx.services.consents.status(ci, entity, scope);
  }
}
