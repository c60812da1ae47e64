import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { RegistryError, SupergraphBody } from '../registry.types';
import { verifySupergraph } from '../signing/supergraph-signature';
import { historyCliMessages as m } from './history-cli.messages';
import { reasonOf, type RegistryClient } from './registry-client';

/** The CLI's output as the history commands use it. */
export interface CommandOutput {
  readonly json: boolean;
  out(line: string): void;
  err(line: string): void;
  jsonSuccess(body: unknown): number;
  jsonFailure(error: RegistryError): number;
  failure(what: string, error: RegistryError): number;
}

/** A command-line mistake (exit code 2). */
export class CommandUsageError extends Error {}

/** `history [<name>]`: supergraphs of a variant, or the versions of one subgraph. */
export async function historyCommand(client: RegistryClient, output: CommandOutput, name: string | undefined, variant: string | undefined): Promise<number> {
  if (name !== undefined) {
    const result = await client.listSubgraphVersions(name);
    if (!result.ok) return output.failure(m.whatHistory, result.error);
    if (output.json) return output.jsonSuccess(result.body);
    const rows = result.body.versions.map((v) => [v.versionId, v.version, v.publishedAt, v.publishedBy ?? '-', String(v.changes.length), v.forcedReason ?? '']);
    output.out(rows.length === 0 ? m.noHistory : table([[...m.versionHeader], ...rows]));
    return 0;
  }
  const result = await client.listSupergraphs(variant);
  if (!result.ok) return output.failure(m.whatHistory, result.error);
  if (output.json) return output.jsonSuccess(result.body);
  const rows = result.body.supergraphs.map((s) => [
    s.id,
    s.variant,
    s.createdAt,
    s.cause === 'rollback' ? `rollback→${s.rolledBackTo ?? '?'}` : s.cause,
    s.causeSubgraph ?? '-',
    s.createdBy ?? '-',
  ]);
  output.out(rows.length === 0 ? m.noHistory : table([[...m.supergraphHeader], ...rows]));
  return 0;
}

/** `diff <a> <b>`: API-schema changes, one per line. */
export async function diffCommand(client: RegistryClient, output: CommandOutput, ids: string[], variant: string | undefined): Promise<number> {
  const [a, b, ...extra] = ids;
  if (a === undefined || b === undefined || extra.length > 0) throw new CommandUsageError(m.missingPair);
  const result = await client.diffSupergraphs(a, b, variant);
  if (!result.ok) return output.failure(m.whatDiff, result.error);
  if (output.json) return output.jsonSuccess(result.body);
  if (result.body.changes.length === 0) output.out(m.noChanges(a, b));
  for (const change of result.body.changes) output.out(m.change(change));
  return 0;
}

/** `rollback <id> --reason …`: a new supergraph equal to `<id>`; exit 1 when refused. */
export async function rollbackCommand(client: RegistryClient, output: CommandOutput, to: string | undefined, reason: string | undefined, adminKey: string | undefined): Promise<number> {
  if (to === undefined) throw new CommandUsageError(m.missingId);
  if (reason === undefined || reason === '') throw new CommandUsageError('falta --reason');
  const result = await client.rollback(to, reason, adminKey);
  if (!result.ok) return output.failure(m.whatRollback, result.error);
  if (output.json) return output.jsonSuccess(result.body);
  output.out(m.rolledBack(result.body.supergraph.id, to));
  return 0;
}

/** Reads a public key PEM file for `fetch --public-key`; a bad file is a usage error. */
export async function readPublicKey(file: string): Promise<KeyObject> {
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (error) {
    throw new CommandUsageError(m.unreadableKey(file, reasonOf(error)));
  }
  try {
    return createPublicKey(pem);
  } catch {
    throw new CommandUsageError(m.badKey(file));
  }
}

/** Returns null when the fetched supergraph verifies with `key`, else prints why and returns exit code 1. */
export function refuseUnverified(output: CommandOutput, supergraph: SupergraphBody, key: KeyObject): number | null {
  const verdict = verifySupergraph(supergraph, key);
  if (verdict.ok) {
    if (!output.json) output.err(m.verified(supergraph.id, supergraph.variant));
    return null;
  }
  if (output.json) return output.jsonFailure({ code: verdict.error, message: m.signatureRefused(supergraph.id, verdict.error) });
  output.err(m.signatureRefused(supergraph.id, verdict.error));
  return 1;
}

/** Left-aligned columns separated by two spaces; the last column is not padded. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  return rows
    .map((cells) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '))
    .join('\n');
}
