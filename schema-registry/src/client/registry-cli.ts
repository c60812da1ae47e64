import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { SchemaChecks } from '../checks/checks.types';
import type { PublishRequestBody, RegistryError, SubgraphSummary } from '../registry.types';
import { checksReport } from './checks-report';
import type { KeyObject } from 'node:crypto';
import { cliMessages as m } from './cli.messages';
import { CommandUsageError, diffCommand, historyCommand, readPublicKey, refuseUnverified, rollbackCommand } from './history-commands';
import { createRegistryClient, reasonOf, type RegistryClient } from './registry-client';

/** Where the CLI reads its environment and writes its output (tests pass their own). */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Read for REGISTRY_URL, REGISTRY_PUBLISH_TOKEN and REGISTRY_ADMIN_KEY; defaults to an empty environment. */
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
}

const DEFAULT_REGISTRY = 'http://127.0.0.1:4001';

const optionsByCommand: Record<string, string[]> = {
  publish: ['sdl', 'url', 'version', 'owner', 'force'],
  check: ['sdl', 'url', 'version', 'owner', 'force'],
  keys: ['owner', 'description', 'admin-key'],
  list: [],
  fetch: ['out', 'variant', 'public-key'],
  history: ['variant'],
  diff: ['variant'],
  rollback: ['reason', 'admin-key'],
};
const globalOptions = ['registry', 'token', 'json', 'help'];

class UsageError extends Error {}

/**
 * Runs `egob-registry <argv…>` and returns its exit code: 0 success, 1 refusal or
 * registry failure, 2 usage error.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof CommandUsageError) {
      io.stderr.write(m.usageError(error.message));
      return 2;
    }
    throw error;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        registry: { type: 'string' },
        token: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        sdl: { type: 'string' },
        url: { type: 'string' },
        version: { type: 'string' },
        owner: { type: 'string' },
        out: { type: 'string' },
        variant: { type: 'string' },
        reason: { type: 'string' },
        'public-key': { type: 'string' },
        force: { type: 'string' },
        description: { type: 'string' },
        'admin-key': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(argumentProblem(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(m.usage);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError(m.missingCommand);
  const allowed = optionsByCommand[command];
  if (!allowed) throw new UsageError(m.unknownCommand(command));
  for (const [option, value] of Object.entries(values)) {
    if (value !== undefined && value !== false && !globalOptions.includes(option) && !allowed.includes(option)) {
      throw new UsageError(m.optionNotFor(option, command));
    }
  }
  const env = io.env ?? {};
  const registryUrl = values.registry ?? (env.REGISTRY_URL || DEFAULT_REGISTRY);
  if (!/^https?:\/\/[^/]+/.test(registryUrl)) throw new UsageError(m.badRegistryUrl(registryUrl));
  const client = createRegistryClient({
    url: registryUrl,
    token: values.token ?? (env.REGISTRY_PUBLISH_TOKEN || undefined),
    adminKey: values['admin-key'] ?? (env.REGISTRY_ADMIN_KEY || undefined),
    ...(io.fetch ? { fetch: io.fetch } : {}),
  });
  const output = new Output(io, values.json);

  switch (command) {
    case 'publish':
    case 'check': {
      const [name, ...extra] = rest;
      if (name === undefined) throw new UsageError(command === 'check' ? m.missingCheckName : m.missingName);
      if (extra.length > 0) throw new UsageError(m.extraArguments(extra));
      const sdlFile = required(values.sdl, 'sdl');
      const body = {
        url: required(values.url, 'url'),
        version: required(values.version, 'version'),
        owner: required(values.owner, 'owner'),
        ...(values.force !== undefined ? { force: { reason: values.force } } : {}),
      };
      let sdl: string;
      try {
        sdl = await readFile(sdlFile, 'utf8');
      } catch (error) {
        throw new UsageError(m.unreadableSdl(sdlFile, reasonOf(error)));
      }
      if (command === 'check') return check(client, output, name, { sdl, ...body });
      return publish(client, output, name, { sdl, ...body });
    }
    case 'keys':
      return keys(client, output, rest, values);
    case 'list':
      if (rest.length > 0) throw new UsageError(m.extraArguments(rest));
      return list(client, output);
    case 'history':
      if (rest.length > 1) throw new UsageError(m.extraArguments(rest.slice(1)));
      return historyCommand(client, output, rest[0], values.variant);
    case 'diff':
      return diffCommand(client, output, rest, values.variant);
    case 'rollback':
      if (rest.length > 1) throw new UsageError(m.extraArguments(rest.slice(1)));
      return rollbackCommand(client, output, rest[0], values.reason, values['admin-key'] ?? (env.REGISTRY_ADMIN_KEY || undefined));
    default: {
      if (rest.length > 0) throw new UsageError(m.extraArguments(rest));
      const publicKey = values['public-key'] === undefined ? undefined : await readPublicKey(values['public-key']);
      return fetchSupergraph(client, output, values.out, values.variant, publicKey);
    }
  }
}

async function publish(
  client: RegistryClient,
  output: Output,
  name: string,
  body: PublishRequestBody,
): Promise<number> {
  const result = await client.publish(name, body);
  if (!result.ok) {
    if (output.json) return output.jsonFailure(result.error, result.checks);
    output.err(m.refused(result.error.code, result.error.message));
    for (const error of compositionErrorsOf(result.error)) output.err(m.compositionError(error));
    // The lines after the first one of the report: what the checks found.
    if (result.checks && result.checks.verdict !== 'COMPOSITION_FAILED') for (const line of checksReport(name, result.checks).slice(1)) output.err(line);
    return 1;
  }
  if (output.json) return output.jsonSuccess(result.body);
  const { subgraph, supergraph } = result.body;
  output.out(
    result.body.unchanged
      ? m.unchanged(subgraph.name, subgraph.version, subgraph.versionId)
      : m.published(subgraph.name, subgraph.version, subgraph.versionId, subgraph.owner),
  );
  output.out(m.currentSupergraph(supergraph.id));
  if (result.body.forced) output.out(m.forced(result.body.forced.reason));
  return 0;
}

async function check(client: RegistryClient, output: Output, name: string, body: PublishRequestBody): Promise<number> {
  const result = await client.check(name, body);
  if (!result.ok) return output.failure(m.whatCheck, result.error);
  if (output.json) {
    output.out(JSON.stringify(result.body, null, 2));
    return result.body.ok ? 0 : 1;
  }
  for (const line of checksReport(name, result.body.checks)) output.out(line);
  return result.body.ok ? 0 : 1;
}

async function keys(
  client: RegistryClient,
  output: Output,
  rest: string[],
  values: { owner?: string | undefined; description?: string | undefined },
): Promise<number> {
  const [action, ...args] = rest;
  if (action === 'create') {
    if (args.length > 0) throw new UsageError(m.extraArguments(args));
    const result = await client.createKey({ owner: required(values.owner, 'owner'), description: required(values.description, 'description') });
    if (!result.ok) return output.failure(m.whatKeys, result.error);
    if (output.json) return output.jsonSuccess(result.body);
    output.out(m.keyCreated(result.body.id, result.body.owner, result.body.key));
    return 0;
  }
  if (action === 'list') {
    if (args.length > 0) throw new UsageError(m.extraArguments(args));
    const result = await client.listKeys();
    if (!result.ok) return output.failure(m.whatKeys, result.error);
    if (output.json) return output.jsonSuccess(result.body);
    if (result.body.keys.length === 0) {
      output.out(m.noKeys);
      return 0;
    }
    const rows = result.body.keys.map((key) => [key.id, key.owner, key.createdAt, key.revokedAt ?? m.notRevoked, key.description]);
    output.out(table([[...m.keysHeader], ...rows]));
    return 0;
  }
  if (action === 'revoke') {
    const [id, ...extra] = args;
    if (id === undefined) throw new UsageError(m.missingKeyId);
    if (extra.length > 0) throw new UsageError(m.extraArguments(extra));
    const result = await client.revokeKey(id);
    if (!result.ok) return output.failure(m.whatKeys, result.error);
    if (output.json) return output.jsonSuccess(result.body);
    output.out(m.keyRevoked(result.body.id, result.body.owner, result.body.revokedAt ?? ''));
    return 0;
  }
  throw new UsageError(m.keysUsage);
}

async function list(client: RegistryClient, output: Output): Promise<number> {
  const result = await client.listSubgraphs();
  if (!result.ok) return output.failure(m.whatList, result.error);
  if (output.json) return output.jsonSuccess(result.body);
  const { subgraphs } = result.body;
  if (subgraphs.length === 0) {
    output.out(m.noSubgraphs);
    return 0;
  }
  output.out(table([[...m.listHeader], ...subgraphs.map(row)]));
  return 0;
}

async function fetchSupergraph(
  client: RegistryClient,
  output: Output,
  out: string | undefined,
  variant: string | undefined,
  publicKey: KeyObject | undefined,
): Promise<number> {
  const result = await client.fetchSupergraph(undefined, variant);
  if (!result.ok) return output.failure(m.whatFetch, result.error);
  if ('notModified' in result.body) throw new Error('the registry answered 304 to a request without If-None-Match');
  const supergraph = result.body;
  const refused = publicKey ? refuseUnverified(output, supergraph, publicKey) : null;
  if (refused !== null) return refused;
  if (out === undefined) {
    if (output.json) return output.jsonSuccess(supergraph);
    output.raw(supergraph.sdl.endsWith('\n') ? supergraph.sdl : `${supergraph.sdl}\n`);
    return 0;
  }
  try {
    await writeFile(out, supergraph.sdl.endsWith('\n') ? supergraph.sdl : `${supergraph.sdl}\n`, 'utf8');
  } catch (error) {
    output.err(m.unwritable(out, reasonOf(error)));
    return 1;
  }
  if (output.json) return output.jsonSuccess({ id: supergraph.id, createdAt: supergraph.createdAt, out });
  output.out(m.saved(supergraph.id, supergraph.createdAt, out));
  return 0;
}

/** A parseArgs failure in words: the option it names, else node's message. */
function argumentProblem(error: unknown): string {
  const reason = reasonOf(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const option = /'(-[^' ]+)/.exec(reason)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return m.unknownOption(option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return m.optionValue(option);
  return reason;
}

function required(value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw new UsageError(m.missingOption(option));
  return value;
}

function compositionErrorsOf(error: RegistryError): { code: string; message: string }[] {
  if (error.errors) return error.errors;
  const details = error.details as { errors?: { code: string; message: string }[] } | undefined;
  return Array.isArray(details?.errors) ? details.errors : [];
}

function row(subgraph: SubgraphSummary): string[] {
  return [subgraph.name, subgraph.version, subgraph.versionId, subgraph.owner, subgraph.publishedAt, subgraph.url];
}

/** Left-aligned columns separated by two spaces; the last column is not padded. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  return rows
    .map((cells) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '))
    .join('\n');
}

/** Human lines or JSON documents, to stdout and stderr. */
class Output {
  constructor(
    private readonly io: CliIo,
    readonly json: boolean,
  ) {}

  out(line: string): void {
    this.io.stdout.write(`${line}\n`);
  }

  raw(text: string): void {
    this.io.stdout.write(text);
  }

  err(line: string): void {
    this.io.stderr.write(`${line}\n`);
  }

  jsonSuccess(body: unknown): number {
    this.out(JSON.stringify(body, null, 2));
    return 0;
  }

  jsonFailure(error: RegistryError, checks?: SchemaChecks): number {
    this.out(JSON.stringify(checks ? { ok: false, error, checks } : { ok: false, error }, null, 2));
    return 1;
  }

  failure(what: string, error: RegistryError): number {
    if (this.json) return this.jsonFailure(error);
    this.err(m.failed(what, error.code, error.message));
    return 1;
  }
}
