import type { SchemaChecks } from '../checks/checks.types';
import { cliMessages as m } from './cli.messages';

/** Returns the human lines of a `checks` object: verdict, composition, public variant, changes, usage, lint. */
export function checksReport(name: string, checks: SchemaChecks): string[] {
  const lines = [checks.verdict === 'PASS' ? m.checkPassed(name) : m.checkRefused(name, checks.verdict)];
  lines.push(checks.composition.ok ? m.compositionOk : m.compositionErrors(checks.composition.errors.length));
  for (const error of checks.composition.errors) lines.push(m.compositionError(error));
  if (checks.publicVariant.skipped) lines.push(m.publicVariantSkipped);
  else lines.push(checks.publicVariant.ok ? m.publicVariantOk : m.publicVariantErrors(checks.publicVariant.errors.length));
  for (const error of checks.publicVariant.errors) lines.push(m.compositionError(error));
  lines.push(m.changesHeader(checks.changes.length));
  for (const change of checks.changes) lines.push(m.changeLine(change.criticality, change.coordinate, change.message));
  lines.push(m.usageHeader(checks.usage.windowDays, checks.usage.message));
  for (const affected of checks.usage.affected) {
    for (const op of affected.operations) lines.push(m.usageLine(affected.coordinate, op.operationName, op.clientName, op.count, op.lastSeen));
  }
  lines.push(m.lintHeader(checks.lint.length));
  for (const finding of checks.lint) lines.push(m.lintLine(finding.severity, finding.rule, finding.message));
  return lines;
}
