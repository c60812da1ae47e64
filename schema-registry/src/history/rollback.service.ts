import type { Logger } from '@egob/logger';
import { In, type DataSource } from 'typeorm';
import { catalogueMessages as m } from '../catalogue.messages';
import type { PublishPublicVariant } from '../checks/public-variant-hook';
import type { CompositionErrorItem } from '../registry.types';
import { sha256Hex } from '../signing/supergraph-signature';
import { SubgraphEntity } from '../subgraph/subgraph.entity';
import { SubgraphVersionEntity } from '../subgraph/subgraph-version.entity';
import type { SupergraphService } from '../supergraph/supergraph.service';
import { SupergraphVersionEntity } from '../supergraph/supergraph-version.entity';
import { SupergraphVersionRepository } from '../supergraph/supergraph-version.repository';

/** A validated rollback request. */
export interface RollbackRequest {
  to: number;
  reason: string;
  /** `admin` with the admin key, `dev` in open mode. */
  createdBy: string;
}

/** The new supergraph, or why nothing changed. */
export type RollbackResult =
  | { ok: true; supergraph: { id: string } }
  | { ok: false; error: { code: 'SUPERGRAPH_NOT_FOUND' | 'INVALID_REQUEST'; message: string } }
  | { ok: false; error: { code: 'PUBLIC_VARIANT_FAILED'; message: string; errors: CompositionErrorItem[] } };

/** Runs a task after every publish queued before it, and before any queued after (the publish queue). */
export type Exclusive = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Rolls the main supergraph back (protocol §4): a new supergraph version equal to an
 * older one, with every subgraph's current version moved to that one's members.
 */
export class RollbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exclusive: Exclusive,
    private readonly supergraphs: SupergraphService,
    private readonly publicVariant: PublishPublicVariant,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {}

  /** Rolls back to supergraph `to`; refusals change nothing. */
  rollback(request: RollbackRequest): Promise<RollbackResult> {
    return this.exclusive(() => this.rollbackInTurn(request));
  }

  private async rollbackInTurn(request: RollbackRequest): Promise<RollbackResult> {
    const target = await new SupergraphVersionRepository(this.dataSource.manager).findById(request.to);
    if (!target) return { ok: false, error: { code: 'SUPERGRAPH_NOT_FOUND', message: m.supergraphNotFound(String(request.to)) } };
    if (target.variant !== 'main') return { ok: false, error: { code: 'INVALID_REQUEST', message: m.rollbackNotMain(String(request.to)) } };
    const publicVariant = await this.publicVariant.check(target.sdl);
    if (!publicVariant.ok) {
      return { ok: false, error: { code: 'PUBLIC_VARIANT_FAILED', message: publicVariant.message, errors: publicVariant.errors } };
    }
    const memberIds = JSON.parse(target.memberVersionIds) as number[];
    const now = this.now();
    const row = await this.dataSource.transaction(async (manager) => {
      const members = await manager.find(SubgraphVersionEntity, {
        select: { id: true, subgraphName: true, ownerCode: true },
        where: { id: In(memberIds) },
      });
      const memberOf = new Map(members.map((member) => [member.subgraphName, member]));
      for (const subgraph of await manager.find(SubgraphEntity)) {
        const member = memberOf.get(subgraph.name);
        // A subgraph first published after `to` leaves the graph: it was not part of that state.
        await manager.update(
          SubgraphEntity,
          { name: subgraph.name },
          member
            ? { currentVersionId: member.id, ownerCode: member.ownerCode, updatedAt: now }
            : { currentVersionId: null, updatedAt: now },
        );
      }
      const row = await new SupergraphVersionRepository(manager).insert({
        variant: 'main',
        sdl: target.sdl,
        sdlSha256: sha256Hex(target.sdl),
        cause: 'rollback',
        causeSubgraphVersionId: null,
        memberVersionIds: target.memberVersionIds,
        createdBy: request.createdBy,
        reason: request.reason,
        rolledBackTo: target.id,
        createdAt: now,
      } satisfies Omit<SupergraphVersionEntity, 'id'>);
      await this.publicVariant.store(manager, row, publicVariant);
      return row;
    });
    this.supergraphs.remember(row);
    this.publicVariant.committed(publicVariant);
    this.logger.info({ supergraphId: row.id, to: target.id, by: request.createdBy, reason: request.reason }, 'supergraph rolled back');
    return { ok: true, supergraph: { id: String(row.id) } };
  }
}
