import { messages } from '../messages';
import type { CompositionErrorItem } from '../registry.types';
import type { AffectedCoordinate, LintFinding, SchemaChecks } from './checks.types';

/** The error of a refused publish, by verdict. */
export type CheckRefusal =
  | { code: 'COMPOSITION_FAILED'; message: string; errors: CompositionErrorItem[] }
  | { code: 'PUBLIC_VARIANT_FAILED'; message: string; errors: CompositionErrorItem[] }
  | { code: 'BREAKING_CHANGE_IN_USE'; message: string; details: { affected: AffectedCoordinate[] } }
  | { code: 'LINT_FAILED'; message: string; details: { lint: LintFinding[] } };

/** HTTP status of each refusal. */
export const refusalStatus: Record<CheckRefusal['code'], number> = {
  COMPOSITION_FAILED: 422,
  PUBLIC_VARIANT_FAILED: 422,
  BREAKING_CHANGE_IN_USE: 409,
  LINT_FAILED: 422,
};

/** Returns the refusal the checks' verdict stands for, or null when they pass. */
export function refusalOf(checks: SchemaChecks): CheckRefusal | null {
  switch (checks.verdict) {
    case 'PASS':
      return null;
    case 'COMPOSITION_FAILED':
      return { code: 'COMPOSITION_FAILED', message: messages.compositionFailed(checks.composition.errors.length), errors: checks.composition.errors };
    case 'PUBLIC_VARIANT_FAILED':
      return {
        code: 'PUBLIC_VARIANT_FAILED',
        message: messages.publicVariantFailed(checks.publicVariant.errors.length),
        errors: checks.publicVariant.errors,
      };
    case 'BREAKING_CHANGE_IN_USE': {
      const uses = checks.usage.affected.flatMap((affected) =>
        affected.operations.map((op) => messages.breakingUse(affected.coordinate, op.operationName, op.clientName, op.count)),
      );
      return { code: 'BREAKING_CHANGE_IN_USE', message: messages.breakingChangeInUse(uses), details: { affected: checks.usage.affected } };
    }
    case 'LINT_FAILED':
      return { code: 'LINT_FAILED', message: messages.lintFailed(checks.lint.length), details: { lint: checks.lint } };
  }
}
