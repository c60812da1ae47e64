import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { createAccountError } from '../auth/create-account-error';
import { Citizen } from '../citizen/citizen.type';
import type { IdentityContext } from '../identity-context';
import { PlatformRoleInput, PlatformRoleResult, ServantLinkInput, ServantLinkResult } from './roles.types';
import { ServantLink } from './servant-link.type';

/** Citizens' platform roles and servant links: read by the owner and platform admins, changed by platform admins. */
@Resolver(() => Citizen)
export class RolesResolver {
  @FieldResolver(() => [String], { description: 'Roles de plataforma (citizen y los asignados); los ve la persona y los administradores.' })
  roles(@Root() citizen: Citizen, @Ctx() ctx: IdentityContext): Promise<string[]> {
    return ctx.loaders.platformRolesByCi.load(citizen.ci);
  }

  @FieldResolver(() => [ServantLink], { description: 'Entidades públicas a las que sirve y con qué rol; los ve la persona y los administradores.' })
  servantOf(@Root() citizen: Citizen, @Ctx() ctx: IdentityContext): Promise<ServantLink[]> {
    return ctx.loaders.servantLinksByCi.load(citizen.ci);
  }

  @Mutation(() => PlatformRoleResult, { description: 'Asigna un rol de plataforma (solo administradores de la plataforma).' })
  async grantPlatformRole(@Arg('input') input: PlatformRoleInput, @Ctx() ctx: IdentityContext): Promise<PlatformRoleResult> {
    if (!(await ctx.loaders.citizenByCi.load(input.ci))) return { ok: false, roles: null, error: createAccountError('UNKNOWN_CITIZEN') };
    const outcome = await ctx.services.roles.grantPlatformRole(input.ci, input.role);
    return outcome.ok ? { ok: true, roles: (await ctx.services.roles.findRolesByCis([input.ci]))[0]!, error: null } : { ok: false, roles: null, error: createAccountError(outcome.code) };
  }

  @Mutation(() => PlatformRoleResult, { description: 'Quita un rol de plataforma (solo administradores de la plataforma).' })
  async revokePlatformRole(@Arg('input') input: PlatformRoleInput, @Ctx() ctx: IdentityContext): Promise<PlatformRoleResult> {
    const outcome = await ctx.services.roles.revokePlatformRole(input.ci, input.role);
    return outcome.ok ? { ok: true, roles: (await ctx.services.roles.findRolesByCis([input.ci]))[0]!, error: null } : { ok: false, roles: null, error: createAccountError(outcome.code) };
  }

  @Mutation(() => ServantLinkResult, { description: 'Vincula a una persona como servidora pública de una entidad con un rol (solo administradores de la plataforma).' })
  async linkServant(@Arg('input') input: ServantLinkInput, @Ctx() ctx: IdentityContext): Promise<ServantLinkResult> {
    if (!(await ctx.loaders.citizenByCi.load(input.ci))) return { ok: false, servantOf: null, error: createAccountError('UNKNOWN_CITIZEN') };
    const outcome = await ctx.services.roles.linkServant({ ci: input.ci, entityCode: input.entityCode, role: input.role });
    return outcome.ok ? { ok: true, servantOf: (await ctx.services.roles.findServantLinksByCis([input.ci]))[0]!, error: null } : { ok: false, servantOf: null, error: createAccountError(outcome.code) };
  }

  @Mutation(() => ServantLinkResult, { description: 'Quita un vínculo de servidor público (solo administradores de la plataforma).' })
  async unlinkServant(@Arg('input') input: ServantLinkInput, @Ctx() ctx: IdentityContext): Promise<ServantLinkResult> {
    const outcome = await ctx.services.roles.unlinkServant({ ci: input.ci, entityCode: input.entityCode, role: input.role });
    return outcome.ok ? { ok: true, servantOf: (await ctx.services.roles.findServantLinksByCis([input.ci]))[0]!, error: null } : { ok: false, servantOf: null, error: createAccountError(outcome.code) };
  }
}
