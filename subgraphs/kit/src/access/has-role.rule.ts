import { rule, type IRule } from 'graphql-shield';
import { forbiddenError } from '../schema/rules';
import type { SubgraphContext } from '../subgraph-context';

/** Role of the planning analysts (SPIE): aggregated, never personal, data. */
export const ANALYST_ROLE = 'analyst';

/** Role of the platform's administrators (AGETIC). */
export const PLATFORM_ADMIN_ROLE = 'platform:admin';

/** Returns a rule that allows requests whose context token carries `role`. */
export function hasRole(role: string): IRule {
  return rule({ cache: 'contextual' })((_parent, _args, ctx: SubgraphContext) =>
    ctx?.request?.roles?.includes(role) === true ? true : forbiddenError(),
  );
}

/** Allows planning analysts (role `analyst`). */
export const isAnalyst: IRule = hasRole(ANALYST_ROLE);

/** Allows platform administrators (role `platform:admin`). */
export const isPlatformAdmin: IRule = hasRole(PLATFORM_ADMIN_ROLE);
