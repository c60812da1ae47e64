import { ANONYMOUS_SUBJECT } from '@egob/context-token';
import { rule, type IRule } from 'graphql-shield';
import { forbiddenError } from '../schema/rules';
import type { SubgraphContext } from '../subgraph-context';

/**
 * Returns the CI of the citizen whose data a field is (from the field's parent or
 * arguments); null when none. Parents and arguments are `any` because they are whatever
 * each subgraph's resolvers produce: each subgraph's function narrows them.
 */
export type CiOf = (parent: any, args: any) => string | null | undefined;

/**
 * Returns a rule that allows the citizen's own data only: the context token's subject
 * (never anonymous) equals the CI that `ciOf` reads. Cached per parent and arguments.
 */
export function isOwner(ciOf: CiOf): IRule {
  return rule({ cache: 'strict' })((parent, args, ctx: SubgraphContext) => {
    const subject = ctx?.request?.subject;
    const ci = ciOf(parent, args);
    const owns = typeof ci === 'string' && ci.length > 0 && subject !== undefined && subject !== ANONYMOUS_SUBJECT && subject === ci;
    return owns ? true : forbiddenError();
  });
}
