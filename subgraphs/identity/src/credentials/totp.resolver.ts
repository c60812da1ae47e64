import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { createAccountError } from '../auth/create-account-error';
import type { IdentityContext } from '../identity-context';
import { ConfirmTotpEnrollmentInput, ConfirmTotpEnrollmentResult, StartTotpEnrollmentResult } from './totp-enrollment.types';

/** The signed-in citizen enables their second factor. */
@Resolver()
export class TotpResolver {
  @Mutation(() => StartTotpEnrollmentResult, { description: 'Inicia la verificación en dos pasos de la persona que llama: devuelve el secreto; se activa al confirmarlo.' })
  async startTotpEnrollment(@Ctx() ctx: IdentityContext): Promise<StartTotpEnrollmentResult> {
    const outcome = await ctx.services.credentials.startTotpEnrollment(ctx.request.subject);
    return outcome.ok
      ? { ok: true, secret: outcome.secret, otpauthUri: outcome.otpauthUri, error: null }
      : { ok: false, secret: null, otpauthUri: null, error: createAccountError(outcome.code) };
  }

  @Mutation(() => ConfirmTotpEnrollmentResult, { description: 'Confirma la verificación en dos pasos con el código actual de la aplicación.' })
  async confirmTotpEnrollment(@Arg('input') input: ConfirmTotpEnrollmentInput, @Ctx() ctx: IdentityContext): Promise<ConfirmTotpEnrollmentResult> {
    const outcome = await ctx.services.credentials.confirmTotpEnrollment(ctx.request.subject, input.code);
    return outcome.ok ? { ok: true, error: null } : { ok: false, error: createAccountError(outcome.code) };
  }
}
