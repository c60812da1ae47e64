import { isPublic, type RuleMap } from '@egob/subgraph-kit';

/**
 * Access rules of every field (deny by default). Everything this subgraph serves is
 * public reference data (the State's territorial division and its entities), so
 * every field is readable by any request the gateway signs, anonymous ones included.
 * Fields are listed one by one so that a new field must be given a rule on purpose.
 */
export const rules: RuleMap = {
  Query: {
    territory: isPublic,
    territories: isPublic,
    publicEntity: isPublic,
    publicEntities: isPublic,
  },
  Territory: {
    code: isPublic,
    name: isPublic,
    level: isPublic,
    isIndigenousAutonomy: isPublic,
    parent: isPublic,
    department: isPublic,
    province: isPublic,
    children: isPublic,
    publicEntities: isPublic,
  },
  PublicEntity: {
    code: isPublic,
    name: isPublic,
    acronym: isPublic,
    level: isPublic,
    territory: isPublic,
  },
  PublicEntityConnection: {
    nodes: isPublic,
    pageInfo: isPublic,
    totalCount: isPublic,
  },
  PageInfo: {
    hasNextPage: isPublic,
    endCursor: isPublic,
  },
};
