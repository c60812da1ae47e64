import type { SchemaChange } from '../history/api-schema-diff';
import type { FieldConsumer } from './usage-reader';

/** One entity of `GET /catalogue/entities`. */
export interface CatalogueEntity {
  code: string;
  name: string;
  subgraphs: { name: string; url: string; version: string; publishedAt: string }[];
}

/** One field (or enum value, with `type` null and no consumers) of a catalogue type. */
export interface CatalogueField {
  name: string;
  /** The GraphQL type as written (`String!`, `[Territory!]!`); null for an enum value. */
  type: string | null;
  description: string | null;
  /** True when the `public` variant serves it. */
  public: boolean;
  consumers: FieldConsumer[];
}

/** One type of `GET /catalogue/types`. */
export interface CatalogueType {
  name: string;
  kind: 'OBJECT' | 'INTERFACE' | 'UNION' | 'ENUM' | 'INPUT_OBJECT' | 'SCALAR';
  description: string | null;
  /** Owner of the subgraph that defines the type's key, or that alone defines it; else null. */
  ownerEntity: string | null;
  /** The subgraphs that define it, sorted. */
  subgraphs: string[];
  public: boolean;
  fields: CatalogueField[];
}

/** One entry of `GET /catalogue/changes`. */
export interface CatalogueChange {
  /** ISO-8601 UTC. */
  at: string;
  subgraph: string;
  owner: string;
  versionId: string;
  publishedBy: string | null;
  forcedReason: string | null;
  changes: SchemaChange[];
}
