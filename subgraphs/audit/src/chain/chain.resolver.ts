import { Ctx, Query, Resolver } from 'type-graphql';
import type { AuditContext } from '../audit-context';
import { ChainVerification } from './chain-verification.type';

/** `verifyChain`: proof that no record of the audit log was altered or removed. */
@Resolver(() => ChainVerification)
export class ChainResolver {
  @Query(() => ChainVerification, {
    description: 'Recalcula la cadena de hashes de toda la bitácora y señala el primer registro alterado o el primer número de secuencia faltante. Para administradores de la plataforma y auditores.',
  })
  async verifyChain(@Ctx() ctx: AuditContext): Promise<ChainVerification> {
    const report = await ctx.services.auditLog.verifyChain();
    return { ...report, verifiedAt: new Date().toISOString() };
  }
}
