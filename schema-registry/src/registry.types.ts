/** The JSON body of `POST /subgraphs/:name`. */
export interface PublishRequestBody {
  sdl: string;
  /** Where the gateway reaches the subgraph: http(s)://… */
  url: string;
  /** Free label: a package version, a git sha… (≤ 64 characters). */
  version: string;
  /** Code of the owning PublicEntity, `[A-Z0-9-]{2,32}` (e.g. AGETIC). */
  owner: string;
}

/** A subgraph version as the publish answer shows it. */
export interface PublishedSubgraph {
  name: string;
  versionId: string;
  version: string;
  url: string;
  owner: string;
}

/** 201 (new supergraph) or 200 with `unchanged: true` (same sdl, url and owner as the current version). */
export interface PublishAcceptedBody {
  ok: true;
  unchanged?: true;
  subgraph: PublishedSubgraph;
  supergraph: { id: string };
}

/** One composition error as the registry reports it. */
export interface CompositionErrorItem {
  code: string;
  message: string;
}

/** Codes of the errors the registry answers with. */
export type RegistryErrorCode =
  | 'INVALID_SDL'
  | 'INVALID_NAME'
  | 'INVALID_REQUEST'
  | 'COMPOSITION_FAILED'
  | 'UNAUTHENTICATED'
  | 'PAYLOAD_TOO_LARGE'
  | 'NO_SUPERGRAPH'
  | 'SUBGRAPH_NOT_FOUND'
  | 'NOT_FOUND'
  | 'INTERNAL';

/** The `error` member of every error body. */
export interface RegistryError {
  code: RegistryErrorCode | string;
  message: string;
  /** INVALID_SDL: `{ line, column }` or `{ errors }`; INVALID_REQUEST: `{ fields }`. */
  details?: unknown;
  /** COMPOSITION_FAILED only. */
  errors?: CompositionErrorItem[];
}

/** The body of a refused publish (400, 401, 413, 422). */
export interface PublishRefusedBody {
  ok: false;
  error: RegistryError;
}

/** One row of `GET /subgraphs`. */
export interface SubgraphSummary {
  name: string;
  url: string;
  version: string;
  versionId: string;
  owner: string;
  /** ISO-8601 UTC. */
  publishedAt: string;
}

/** The body of `GET /subgraphs`, sorted by name. */
export interface SubgraphListBody {
  subgraphs: SubgraphSummary[];
}

/** The body of `GET /subgraphs/:name`: the current version with its SDL. */
export interface SubgraphDetailBody {
  subgraph: SubgraphSummary & { sdl: string };
}

/** The body of `GET /supergraph`; the ETag is the quoted `id`. */
export interface SupergraphBody {
  id: string;
  sdl: string;
  /** ISO-8601 UTC. */
  createdAt: string;
}
