import { In, type DataSource, type Repository } from 'typeorm';
import { PlatformRoleEntity } from './platform-role.entity';
import { ServantLinkEntity } from './servant-link.entity';

/** Every citizen's implicit platform role. */
export const CITIZEN_ROLE = 'citizen';

/** Platform roles an admin may grant (docs/access-control.md). */
export const GRANTABLE_PLATFORM_ROLES = ['analyst', 'developer', 'platform:admin', 'auditor'] as const;

/** An entity role: `<area>:<role>`, e.g. `health:clinician`. */
const ENTITY_ROLE_PATTERN = /^[a-z][a-z-]*:[a-z][a-z-]*$/;

/** A PublicEntity code, e.g. `MIN-SALUD`. */
const ENTITY_CODE_PATTERN = /^[A-Z][A-Z0-9-]{1,39}$/;

/** A refused role change. */
export type RoleChangeFailure = { ok: false; code: 'INVALID_ENTITY_ROLE' | 'INVALID_ENTITY_CODE' | 'ALREADY_EXISTS' | 'NOT_FOUND' };

/** One servant link as the API shows it. */
export interface ServantLinkView {
  ci: string;
  entityCode: string;
  role: string;
}

/** Platform roles and servant links of citizens: what goes into their tokens. */
export class RolesService {
  private readonly roles: Repository<PlatformRoleEntity>;
  private readonly links: Repository<ServantLinkEntity>;

  constructor(dataSource: DataSource) {
    this.roles = dataSource.getRepository(PlatformRoleEntity);
    this.links = dataSource.getRepository(ServantLinkEntity);
  }

  /** Returns the token claims of `ci`: platform roles (`citizen` first) and entity roles by entity code. */
  async getClaims(ci: string): Promise<{ roles: string[]; entityRoles: Record<string, string[]> }> {
    const [[roles], [links]] = await Promise.all([this.findRolesByCis([ci]), this.findServantLinksByCis([ci])]);
    const entityRoles: Record<string, string[]> = {};
    for (const link of links ?? []) (entityRoles[link.entityCode] ??= []).push(link.role);
    return { roles: roles ?? [CITIZEN_ROLE], entityRoles };
  }

  /** Returns the platform roles of each CI in key order (`citizen` first, then the granted ones sorted), in one statement. */
  async findRolesByCis(cis: readonly string[]): Promise<string[][]> {
    const rows = await this.roles.find({ where: { ci: In([...new Set(cis)]) }, order: { role: 'ASC' } });
    return cis.map((ci) => [CITIZEN_ROLE, ...rows.filter((row) => row.ci === ci).map((row) => row.role)]);
  }

  /** Returns the servant links of each CI in key order, in one statement. */
  async findServantLinksByCis(cis: readonly string[]): Promise<ServantLinkView[][]> {
    const rows = await this.links.find({ where: { ci: In([...new Set(cis)]) }, order: { entityCode: 'ASC', role: 'ASC' } });
    return cis.map((ci) => rows.filter((row) => row.ci === ci).map(({ entityCode, role }) => ({ ci, entityCode, role })));
  }

  /** Grants a platform role to `ci`; ALREADY_EXISTS when it has it. */
  async grantPlatformRole(ci: string, role: string): Promise<{ ok: true } | RoleChangeFailure> {
    if (await this.roles.existsBy({ ci, role })) return { ok: false, code: 'ALREADY_EXISTS' };
    await this.roles.insert({ ci, role });
    return { ok: true };
  }

  /** Revokes a platform role of `ci`; NOT_FOUND when it did not have it. */
  async revokePlatformRole(ci: string, role: string): Promise<{ ok: true } | RoleChangeFailure> {
    const result = await this.roles.delete({ ci, role });
    return result.affected ? { ok: true } : { ok: false, code: 'NOT_FOUND' };
  }

  /** Links `ci` to an entity with an entity role; refuses malformed codes and roles, and duplicates. */
  async linkServant(link: ServantLinkView): Promise<{ ok: true } | RoleChangeFailure> {
    if (!ENTITY_CODE_PATTERN.test(link.entityCode)) return { ok: false, code: 'INVALID_ENTITY_CODE' };
    if (!ENTITY_ROLE_PATTERN.test(link.role)) return { ok: false, code: 'INVALID_ENTITY_ROLE' };
    if (await this.links.existsBy(link)) return { ok: false, code: 'ALREADY_EXISTS' };
    await this.links.insert(link);
    return { ok: true };
  }

  /** Removes a servant link; NOT_FOUND when there was none. */
  async unlinkServant(link: ServantLinkView): Promise<{ ok: true } | RoleChangeFailure> {
    const result = await this.links.delete(link);
    return result.affected ? { ok: true } : { ok: false, code: 'NOT_FOUND' };
  }
}
