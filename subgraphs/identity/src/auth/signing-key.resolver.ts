import { Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../identity-context';
import { RotateSigningKeysResult } from './rotate-signing-keys.result';

/** Signing-key administration (platform admins). */
@Resolver()
export class SigningKeyResolver {
  @Mutation(() => RotateSigningKeysResult, { description: 'Crea una nueva clave de firma activa; la anterior sigue en el JWKS hasta que venzan sus tokens (solo administradores de la plataforma).' })
  async rotateSigningKeys(@Ctx() ctx: IdentityContext): Promise<RotateSigningKeysResult> {
    return { ok: true, ...(await ctx.services.keys.rotate()) };
  }
}
