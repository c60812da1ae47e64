import { createHash } from 'node:crypto';
import type { Logger } from '@egob/logger';
import { parse, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { refusalOf, type CheckRefusal } from '../checks/check-refusal';
import type { CheckOutcome, SchemaChecks } from '../checks/checks.types';
import { noPublicVariant, type PublicVariantOutcome, type PublishPublicVariant } from '../checks/public-variant-hook';
import type { SchemaChecker } from '../checks/schema-checker';
import { composeSupergraph, type CompositionMember, type CompositionResult } from '../composition/compose-supergraph';
import { parseSubgraphSdl, type SdlRefusal } from '../composition/parse-subgraph-sdl';
import { ensureOwner } from '../owners/owner.service';
import type { PublishedSubgraph } from '../registry.types';
import { SubgraphRepository } from '../subgraph/subgraph.repository';
import type { SubgraphVersionEntity } from '../subgraph/subgraph-version.entity';
import { SubgraphVersionRepository, type SubgraphVersionHeader } from '../subgraph/subgraph-version.repository';
import { MAIN_VARIANT, type SupergraphService } from '../supergraph/supergraph.service';
import { SupergraphVersionRepository } from '../supergraph/supergraph-version.repository';
import type { PublishRequest } from './publish-request';
import { SerialQueue } from './serial-queue';

/** The outcome of a publish: a new supergraph, nothing to do, or a refusal that changed nothing. */
export type PublishResult =
  | { ok: true; unchanged: true; subgraph: PublishedSubgraph; supergraph: { id: string } }
  | { ok: true; unchanged: false; subgraph: PublishedSubgraph; supergraph: { id: string }; checks: SchemaChecks; forcedReason: string | null }
  | { ok: false; error: { code: 'INVALID_SDL' } & SdlRefusal }
  | { ok: false; error: CheckRefusal; checks: SchemaChecks };

/** The outcome of a dry run: the checks and, when a publish would be refused, why. */
export type CheckResult =
  | { ok: true; checks: SchemaChecks }
  | { ok: false; error: { code: 'INVALID_SDL' } & SdlRefusal }
  | { ok: false; error: CheckRefusal; checks: SchemaChecks };

/** Who asked for a publish: the publish key's id (`dev` in open mode). */
export interface Publisher {
  publishedBy: string;
  /** Open mode: register the owner on its first accepted publish. */
  registerOwner: boolean;
}

/** The checks a publish runs besides composition. */
export interface PublishChecks {
  checker: SchemaChecker;
  /** The public contract variant; defaults to one that always passes and stores nothing. */
  publicVariant?: PublishPublicVariant;
}

/** Everything a publish or a check decided before writing. */
interface Evaluation {
  others: SubgraphVersionEntity[];
  composition: CompositionResult;
  variant: PublicVariantOutcome | null;
  checks: SchemaChecks;
}

/**
 * Publishes subgraph versions: checks the SDL, composes it with the current versions
 * of the others, and on success writes the version and the new supergraph in one
 * transaction. Publishes run one at a time.
 */
export class PublishService {
  private readonly queue = new SerialQueue();
  /** Parsed SDL of accepted versions (immutable, so safe to keep) to avoid re-parsing at every publish. */
  private readonly documents = new Map<number, DocumentNode>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly supergraphs: SupergraphService,
    private readonly logger: Logger,
    private readonly now: () => Date,
    private readonly publishChecks: PublishChecks,
  ) {}

  /** Runs the checks of a publish without writing anything (`POST /subgraphs/:name/check`). */
  async check(request: PublishRequest): Promise<CheckResult> {
    const parsed = parseSubgraphSdl(request.name, request.url, request.sdl);
    if (!parsed.ok) return { ok: false, error: { code: 'INVALID_SDL', ...parsed.error } };
    const { checks } = await this.evaluate(request, parsed.document, this.now());
    const refusal = refusalOf(checks);
    return refusal ? { ok: false, error: refusal, checks } : { ok: true, checks };
  }

  /** Publishes one subgraph version; refusals are returned, not thrown. */
  async publish(request: PublishRequest, publisher: Publisher): Promise<PublishResult> {
    const sdlSha256 = createHash('sha256').update(request.sdl).digest('hex');
    // Subgraphs publish at every start: answer a republish without queueing or composing.
    const unchanged = await this.findUnchanged(request, sdlSha256);
    if (unchanged) return unchanged;
    const parsed = parseSubgraphSdl(request.name, request.url, request.sdl);
    if (!parsed.ok) return { ok: false, error: { code: 'INVALID_SDL', ...parsed.error } };
    return this.queue.run(() => this.publishInTurn(request, publisher, sdlSha256, parsed.document));
  }

  /** Resolves when publishes in progress have finished. */
  drain(): Promise<void> {
    return this.queue.drain();
  }

  /** Returns the result of `task`, run in the publish queue (a rollback must not interleave with a publish). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task);
  }

  private async publishInTurn(
    request: PublishRequest,
    publisher: Publisher,
    sdlSha256: string,
    document: DocumentNode,
  ): Promise<PublishResult> {
    // Read again in turn: a publish queued before this one may have changed the picture.
    const unchanged = await this.findUnchanged(request, sdlSha256);
    if (unchanged) return unchanged;
    const started = performance.now();
    // One reading of the clock: the usage window of the checks and the stamp of the version agree.
    const now = this.now();
    const { others, composition, variant, checks } = await this.evaluate(request, document, now);
    const refusal = refusalOf(checks);
    if (refusal) {
      this.logger.info({ subgraph: request.name, verdict: checks.verdict }, 'publish refused by the checks');
      return { ok: false, error: refusal, checks };
    }
    // A PASS verdict implies both; the guard tells TypeScript.
    if (!composition.ok || !variant?.ok) throw new Error('checks passed without a composed supergraph and public variant');
    const publicVariant = this.publishChecks.publicVariant ?? noPublicVariant;
    const forcedReason = request.force?.reason ?? null;
    const { version, supergraph } = await this.dataSource.transaction(async (manager) => {
      if (publisher.registerOwner) await ensureOwner(manager, request.owner, now);
      const subgraphs = new SubgraphRepository(manager);
      if (!(await subgraphs.findByName(request.name))) await subgraphs.insert(request.name, request.owner, now);
      const version = await new SubgraphVersionRepository(manager).insert({
        subgraphName: request.name,
        versionLabel: request.version,
        url: request.url,
        sdl: request.sdl,
        sdlSha256,
        ownerCode: request.owner,
        publishedBy: publisher.publishedBy,
        forcedReason,
        changes: JSON.stringify(checks.changes),
        createdAt: now,
      });
      await subgraphs.setCurrentVersion(request.name, version.id, request.owner, now);
      const memberIds = [...others.map((row) => ({ name: row.subgraphName, id: row.id })), { name: request.name, id: version.id }]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((member) => member.id);
      const supergraph = await new SupergraphVersionRepository(manager).insert({
        variant: MAIN_VARIANT,
        sdl: composition.supergraphSdl,
        sdlSha256: createHash('sha256').update(composition.supergraphSdl).digest('hex'),
        cause: 'publish',
        causeSubgraphVersionId: version.id,
        memberVersionIds: JSON.stringify(memberIds),
        createdBy: publisher.publishedBy,
        createdAt: now,
      });
      await publicVariant.store(manager, { id: supergraph.id, createdAt: supergraph.createdAt }, variant);
      return { version, supergraph };
    });
    publicVariant.committed(variant);
    this.documents.set(version.id, document);
    this.forgetDocumentsExcept(new Set(JSON.parse(supergraph.memberVersionIds) as number[]));
    this.supergraphs.remember(supergraph);
    this.logger.info(
      {
        subgraph: request.name,
        versionId: version.id,
        supergraphId: supergraph.id,
        hints: composition.hints.length,
        changes: checks.changes.length,
        forced: forcedReason !== null,
        ms: Math.round(performance.now() - started),
      },
      'subgraph published',
    );
    return { ok: true, unchanged: false, subgraph: toPublished(version), supergraph: { id: String(supergraph.id) }, checks, forcedReason };
  }

  /** Composes with the current versions of the others, derives the public variant and runs the checks. */
  private async evaluate(request: PublishRequest, document: DocumentNode, now: Date): Promise<Evaluation> {
    const current = await new SubgraphVersionRepository(this.dataSource.manager).listCurrent();
    const previous = current.find((row) => row.subgraphName === request.name) ?? null;
    const others = current.filter((row) => row.subgraphName !== request.name);
    const members: CompositionMember[] = others.map((row) => ({ name: row.subgraphName, url: row.url, document: this.documentOf(row) }));
    members.push({ name: request.name, url: request.url, document });
    const composition = composeSupergraph(members);
    const variant = composition.ok ? await (this.publishChecks.publicVariant ?? noPublicVariant).check(composition.supergraphSdl) : null;
    const compositionOutcome: CheckOutcome = composition.ok ? { ok: true, errors: [] } : { ok: false, errors: composition.errors };
    // Without a composed supergraph there is no variant to derive.
    const variantOutcome: CheckOutcome = variant ? { ok: variant.ok, errors: variant.errors } : { ok: false, errors: [], skipped: true };
    const checks = await this.publishChecks.checker.run({
      name: request.name,
      url: request.url,
      document,
      previous: previous ? this.documentOf(previous) : null,
      composition: compositionOutcome,
      publicVariant: variantOutcome,
      force: request.force,
      now,
    });
    return { others, composition, variant, checks };
  }

  private async findUnchanged(request: PublishRequest, sdlSha256: string): Promise<PublishResult | null> {
    const current = await new SubgraphVersionRepository(this.dataSource.manager).findCurrentHeader(request.name);
    if (!current || current.sdlSha256 !== sdlSha256 || current.url !== request.url || current.ownerCode !== request.owner) {
      return null;
    }
    const supergraphId = await this.supergraphs.findCurrentId();
    // Every accepted version makes a supergraph; without one, compose again rather than answer wrongly.
    if (supergraphId === null) return null;
    return { ok: true, unchanged: true, subgraph: toPublished(current), supergraph: { id: supergraphId } };
  }

  private documentOf(row: SubgraphVersionEntity): DocumentNode {
    let document = this.documents.get(row.id);
    if (!document) {
      document = parse(row.sdl);
      this.documents.set(row.id, document);
    }
    return document;
  }

  private forgetDocumentsExcept(keep: Set<number>): void {
    for (const id of this.documents.keys()) if (!keep.has(id)) this.documents.delete(id);
  }
}

function toPublished(row: SubgraphVersionHeader): PublishedSubgraph {
  return { name: row.subgraphName, versionId: String(row.id), version: row.versionLabel, url: row.url, owner: row.ownerCode };
}
