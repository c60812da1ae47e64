/** One composition error as the registry reports it. */
export interface CompositionErrorItem {
  code: string;
  message: string;
}

/** How much a schema change can hurt consumers (@graphql-inspector's NON_BREAKING is SAFE). */
export type ChangeCriticality = 'BREAKING' | 'DANGEROUS' | 'SAFE';

/** One change of a subgraph's schema against its current version. */
export interface SchemaChange {
  criticality: ChangeCriticality;
  /** @graphql-inspector change type, e.g. FIELD_REMOVED. */
  type: string;
  /** Schema coordinate: `Type`, `Type.field`, `Type.field(arg:)` or `Enum.VALUE`. */
  coordinate: string;
  message: string;
}

/** One operation that used a coordinate within the usage window. */
export interface UsageCheckOperation {
  operationName: string;
  clientName: string;
  count: number;
  /** ISO-8601 UTC. */
  lastSeen: string;
}

/** A breaking change's coordinate with the operations that used it. */
export interface AffectedCoordinate {
  coordinate: string;
  operations: UsageCheckOperation[];
}

/** The usage check: which breaking changes hit recorded traffic. */
export interface UsageCheck {
  windowDays: number;
  /** ISO-8601 UTC start of the window. */
  since: string;
  /** Only breaking changes with recorded use. */
  affected: AffectedCoordinate[];
  message: string;
}

/** One lint finding on the published SDL. */
export interface LintFinding {
  severity: 'warn' | 'error';
  coordinate: string;
  rule: 'description-required' | 'naming-type' | 'naming-field' | 'naming-argument' | 'naming-enum-value';
  message: string;
}

/** A pass/fail check with its errors (composition, public variant). */
export interface CheckOutcome {
  ok: boolean;
  errors: CompositionErrorItem[];
  /** True when the check could not run (the public variant needs a composed supergraph). */
  skipped?: true;
}

/** Why a publish is refused, or PASS. */
export type CheckVerdict = 'PASS' | 'COMPOSITION_FAILED' | 'PUBLIC_VARIANT_FAILED' | 'BREAKING_CHANGE_IN_USE' | 'LINT_FAILED';

/** The `checks` object of every publish and check answer. */
export interface SchemaChecks {
  composition: CheckOutcome;
  publicVariant: CheckOutcome;
  changes: SchemaChange[];
  usage: UsageCheck;
  lint: LintFinding[];
  verdict: CheckVerdict;
}

/** The body's optional `force`: skips BREAKING_CHANGE_IN_USE and LINT_FAILED, never composition. */
export interface ForceRequest {
  /** 3–500 characters, recorded with the version. */
  reason: string;
}
