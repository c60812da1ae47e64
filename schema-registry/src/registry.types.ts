import type { CompositionErrorItem, SchemaChecks } from './checks/checks.types';

/** The JSON body of `POST /subgraphs/:name` (and of its dry run, `POST /subgraphs/:name/check`). */
export interface PublishRequestBody {
  sdl: string;
  /** Where the gateway reaches the subgraph: http(s)://… */
  url: string;
  /** Free label: a package version, a git sha… (≤ 64 characters). */
  version: string;
  /** Code of the owning PublicEntity, `[A-Z0-9-]{2,32}` (e.g. AGETIC). */
  owner: string;
  /** Publish past BREAKING_CHANGE_IN_USE and LINT_FAILED (never composition); the reason (3–500 chars) is recorded. */
  force?: { reason: string };
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
  /** The checks of a new version (absent when unchanged). */
  checks?: SchemaChecks;
  /** Present when the publish was forced: the recorded reason. */
  forced?: { reason: string };
}

/** The answer of `POST /subgraphs/:name/check` (200): `ok: false` with the refusal a publish would get. */
export interface CheckAnswerBody {
  ok: boolean;
  checks: SchemaChecks;
  error?: RegistryError;
}

export type { CompositionErrorItem } from './checks/checks.types';

/** Codes of the errors the registry answers with. */
export type RegistryErrorCode =
  | 'INVALID_SDL'
  | 'INVALID_NAME'
  | 'INVALID_REQUEST'
  | 'COMPOSITION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'UNKNOWN_OWNER'
  | 'OWNER_EXISTS'
  | 'KEY_NOT_FOUND'
  | 'INVALID_USAGE'
  | 'PUBLIC_VARIANT_FAILED'
  | 'BREAKING_CHANGE_IN_USE'
  | 'LINT_FAILED'
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

/** The body of a refused publish (400, 401, 403, 409, 413, 422); `checks` when the checks refused it. */
export interface PublishRefusedBody {
  ok: false;
  error: RegistryError;
  checks?: SchemaChecks;
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

/** The body of `GET /supergraph`: a signed supergraph; the ETag is `"<id>.<first 16 hex of sha256>"`. */
export interface SupergraphBody {
  id: string;
  /** `main` or `public`. */
  variant: string;
  sdl: string;
  /** ISO-8601 UTC. */
  createdAt: string;
  /** Hex SHA-256 of `sdl`. */
  sha256: string;
  /** Base64url Ed25519 signature of `egob-supergraph-v1\n<variant>\n<id>\n<createdAt>\n<sha256>`. */
  signature: string;
}

/** An owner (PublicEntity) of subgraphs. */
export interface OwnerBody {
  code: string;
  name: string;
  /** ISO-8601 UTC. */
  createdAt: string;
}

/** A publish key without its secret (`GET /keys`, `DELETE /keys/:id`). */
export interface PublishKeyBody {
  id: string;
  owner: string;
  description: string;
  createdAt: string;
  revokedAt: string | null;
}

/** `POST /keys` (201): the only answer that carries the key. */
export interface CreatedPublishKeyBody {
  id: string;
  owner: string;
  description: string;
  createdAt: string;
  /** `egob_pk_<id>_<secret>`: shown once. */
  key: string;
}

/** One report of `POST /usage`. */
export interface UsageReportBody {
  operationName: string | null;
  clientName: string | null;
  clientVersion?: string | null;
  coordinates: string[];
  count: number;
  /** ISO-8601 UTC. */
  lastSeen: string;
}
