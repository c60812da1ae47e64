import { createHash } from 'node:crypto';
import type { Logger } from '@egob/logger';
import { parse, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { composeSupergraph, type CompositionMember } from '../composition/compose-supergraph';
import { parseSubgraphSdl, type SdlRefusal } from '../composition/parse-subgraph-sdl';
import { messages } from '../messages';
import type { CompositionErrorItem, PublishedSubgraph } from '../registry.types';
import { SubgraphRepository } from '../subgraph/subgraph.repository';
import type { SubgraphVersionEntity } from '../subgraph/subgraph-version.entity';
import { SubgraphVersionRepository, type SubgraphVersionHeader } from '../subgraph/subgraph-version.repository';
import { MAIN_VARIANT, type SupergraphService } from '../supergraph/supergraph.service';
import { SupergraphVersionRepository } from '../supergraph/supergraph-version.repository';
import type { PublishRequest } from './publish-request';
import { SerialQueue } from './serial-queue';

/** The outcome of a publish: a new supergraph, nothing to do, or a refusal that changed nothing. */
export type PublishResult =
  | { ok: true; unchanged: boolean; subgraph: PublishedSubgraph; supergraph: { id: string } }
  | { ok: false; error: { code: 'INVALID_SDL' } & SdlRefusal }
  | { ok: false; error: { code: 'COMPOSITION_FAILED'; message: string; errors: CompositionErrorItem[] } };

/** Who asked for a publish (a publish key's id once keys exist; null for the shared token). */
export interface Publisher {
  publishedBy: string | null;
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
  ) {}

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
    const others = (await new SubgraphVersionRepository(this.dataSource.manager).listCurrent()).filter(
      (row) => row.subgraphName !== request.name,
    );
    const members: CompositionMember[] = others.map((row) => ({ name: row.subgraphName, url: row.url, document: this.documentOf(row) }));
    members.push({ name: request.name, url: request.url, document });
    const composition = composeSupergraph(members);
    if (!composition.ok) {
      this.logger.info({ subgraph: request.name, errors: composition.errors.length }, 'publish refused: composition failed');
      return {
        ok: false,
        error: { code: 'COMPOSITION_FAILED', message: messages.compositionFailed(composition.errors.length), errors: composition.errors },
      };
    }
    const now = this.now();
    const { version, supergraph } = await this.dataSource.transaction(async (manager) => {
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
      return { version, supergraph };
    });
    this.documents.set(version.id, document);
    this.forgetDocumentsExcept(new Set(JSON.parse(supergraph.memberVersionIds) as number[]));
    this.supergraphs.remember(supergraph);
    this.logger.info(
      {
        subgraph: request.name,
        versionId: version.id,
        supergraphId: supergraph.id,
        hints: composition.hints.length,
        ms: Math.round(performance.now() - started),
      },
      'subgraph published',
    );
    return { ok: true, unchanged: false, subgraph: toPublished(version), supergraph: { id: String(supergraph.id) } };
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
