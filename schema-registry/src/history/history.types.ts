import type { SchemaChange } from './api-schema-diff';

/** One row of `GET /subgraphs/:name/versions`. */
export interface SubgraphVersionView {
  versionId: string;
  version: string;
  url: string;
  owner: string;
  /** Publish key id, `dev` in open mode, null for versions older than keys. */
  publishedBy: string | null;
  /** ISO-8601 UTC. */
  publishedAt: string;
  forcedReason: string | null;
  /** The checks' change list against the previous version (empty when none was recorded). */
  changes: SchemaChange[];
}

/** One row of `GET /supergraphs`. */
export interface SupergraphVersionView {
  id: string;
  variant: string;
  /** ISO-8601 UTC. */
  createdAt: string;
  /** `publish` or `rollback`. */
  cause: string;
  /** The subgraph whose publish made it (null for a rollback). */
  causeSubgraph: string | null;
  createdBy: string | null;
  /** The reason of a rollback, else null. */
  reason: string | null;
  /** For a rollback, the id it rolled back to; else null. */
  rolledBackTo: string | null;
}
