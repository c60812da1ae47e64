import type { Logger } from '@egob/logger';
import type { GraphClient } from '../graph/graph-client';

/** Answers whether an entity holds a citizen's active consent for a scope. */
export interface ConsentChecker {
  isGranted(ci: string, entity: string, scope: string): Promise<boolean>;
}

const CONSENT_STATUS = 'query ($ci: ID!, $entity: String!, $scope: String!) { consentStatus(ci: $ci, entity: $entity, scope: $scope) { granted } }';

/**
 * Returns a checker that asks identity's `consentStatus` through the gateway with the
 * subgraph's service account, caching answers for `cacheSeconds` (0: no cache). Any
 * failure answers "not granted": consent is never assumed.
 */
export function createConsentChecker(graph: GraphClient | null, logger: Logger, cacheSeconds: number): ConsentChecker {
  const cache = new Map<string, { granted: boolean; until: number }>();
  return {
    async isGranted(ci, entity, scope) {
      if (!graph) {
        logger.error('hasConsent needs SERVICE_CLIENT_ID and SERVICE_CLIENT_SECRET: refusing');
        return false;
      }
      const key = `${ci}\u0000${entity}\u0000${scope}`;
      const hit = cache.get(key);
      if (hit && Date.now() < hit.until) return hit.granted;
      try {
        const answer = await graph.query<{ consentStatus: { granted: boolean } | null }>(CONSENT_STATUS, { ci, entity, scope });
        if (answer.errors?.length || !answer.data?.consentStatus) {
          logger.warn({ errors: answer.errors }, 'consent check failed: refusing');
          return false;
        }
        const granted = answer.data.consentStatus.granted === true;
        if (cacheSeconds > 0) {
          if (cache.size >= 10_000) cache.clear();
          cache.set(key, { granted, until: Date.now() + cacheSeconds * 1000 });
        }
        return granted;
      } catch (error) {
        logger.warn({ err: (error as Error).message }, 'consent check unreachable: refusing');
        return false;
      }
    },
  };
}
