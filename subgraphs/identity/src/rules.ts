import { isGateway, isPublic, type RuleMap } from '@egob/subgraph-kit';

/**
 * Access rules of every field (deny by default). Login does not exist yet: every
 * caller is anonymous, so citizen data is readable by any request the gateway signs.
 * The access-control issue replaces these with the owner's and entities' rules.
 */
export const rules: RuleMap = {
  Query: {
    citizen: isGateway,
    citizens: isGateway,
  },
  Citizen: isGateway,
  CitizenConnection: isGateway,
  PageInfo: isPublic,
  Territory: isPublic,
};
