import type { DocumentNode } from 'graphql';
import { lintSubgraph } from '../lint/lint-subgraph';
import { messages } from '../messages';
import type { UsageService } from '../usage/usage.service';
import type { AffectedCoordinate, CheckOutcome, CheckVerdict, ForceRequest, SchemaChange, SchemaChecks, UsageCheck } from './checks.types';
import { diffSubgraphSchemas } from './diff-subgraph-schemas';

/** What the checks of one publish look at; composition and the public variant are decided by the caller. */
export interface CheckInput {
  name: string;
  url: string;
  document: DocumentNode;
  /** The subgraph's current version, or null for a new subgraph (no changes then). */
  previous: DocumentNode | null;
  composition: CheckOutcome;
  publicVariant: CheckOutcome;
  force: ForceRequest | null;
  /** When the checks run: the usage window ends here. */
  now: Date;
}

/** Runs the schema diff, the usage check and the lint, and decides the verdict. */
export class SchemaChecker {
  constructor(
    private readonly usage: UsageService,
    private readonly lintSeverity: 'warn' | 'error',
  ) {}

  /** Returns the `checks` object of a publish or a check. */
  async run(input: CheckInput): Promise<SchemaChecks> {
    const changes = input.previous ? await diffSubgraphSchemas(input.name, input.url, input.previous, input.document) : [];
    const usage = await this.checkUsage(changes, input.now);
    const lint = lintSubgraph(input.document, this.lintSeverity);
    const forced = input.force !== null;
    let verdict: CheckVerdict = 'PASS';
    if (!input.composition.ok) verdict = 'COMPOSITION_FAILED';
    else if (!input.publicVariant.ok) verdict = 'PUBLIC_VARIANT_FAILED';
    else if (usage.affected.length > 0 && !forced) verdict = 'BREAKING_CHANGE_IN_USE';
    else if (this.lintSeverity === 'error' && lint.length > 0 && !forced) verdict = 'LINT_FAILED';
    return { composition: input.composition, publicVariant: input.publicVariant, changes, usage, lint, verdict };
  }

  private async checkUsage(changes: SchemaChange[], now: Date): Promise<UsageCheck> {
    const { windowDays, since } = this.usage.window(now);
    const breaking = [...new Set(changes.filter((change) => change.criticality === 'BREAKING').map(usageCoordinateOf))];
    if (breaking.length === 0) return { windowDays, since, affected: [], message: messages.usageNoBreaking };
    const affected: AffectedCoordinate[] = [];
    const unused: string[] = [];
    for (const coordinate of breaking) {
      const operations = await this.usage.findOperations(coordinate, since);
      if (operations.length > 0) affected.push({ coordinate, operations });
      else unused.push(coordinate);
    }
    const parts = [];
    if (affected.length > 0) parts.push(messages.usageInUse(since, affected.map((a) => a.coordinate)));
    if (unused.length > 0) parts.push(messages.usageNoTraffic(since, unused));
    return { windowDays, since, affected, message: parts.join('. ') };
  }
}

/** The coordinate whose traffic a breaking change hits: a new required argument breaks every use of its field. */
function usageCoordinateOf(change: SchemaChange): string {
  if (change.type === 'FIELD_ARGUMENT_ADDED') return change.coordinate.replace(/\([^)]*\)$/, '');
  return change.coordinate;
}
