import type { DataSource } from 'typeorm';
import { PUBLIC_VARIANT } from '../contracts/public-variant.service';
import { SupergraphContractEntity } from '../contracts/supergraph-contract.entity';
import { SupergraphContractRepository } from '../contracts/supergraph-contract.repository';
import type { SupergraphVariant } from '../delivery/supergraph-delivery.service';
import { SubgraphEntity } from '../subgraph/subgraph.entity';
import { SubgraphVersionEntity } from '../subgraph/subgraph-version.entity';
import { SupergraphVersionEntity } from '../supergraph/supergraph-version.entity';
import { diffApiSchemas, type SchemaChange } from './api-schema-diff';
import type { SubgraphVersionView, SupergraphVersionView } from './history.types';

/** Reads of the immutable history: subgraph versions, supergraphs of each variant, diffs. */
export class HistoryService {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns every version of a subgraph, newest first, or null when the subgraph is unknown. */
  async listSubgraphVersions(name: string): Promise<SubgraphVersionView[] | null> {
    const manager = this.dataSource.manager;
    if (!(await manager.findOne(SubgraphEntity, { where: { name } }))) return null;
    const rows = await manager
      .createQueryBuilder(SubgraphVersionEntity, 'v')
      .select(['v.id', 'v.versionLabel', 'v.url', 'v.ownerCode', 'v.publishedBy', 'v.forcedReason', 'v.changes', 'v.createdAt'])
      .where('v.subgraphName = :name', { name })
      .orderBy('v.id', 'DESC')
      .getMany();
    return rows.map(toSubgraphVersionView);
  }

  /** Returns one version of a subgraph with its SDL, or null. */
  async findSubgraphVersion(name: string, id: number): Promise<(SubgraphVersionView & { name: string; sdl: string }) | null> {
    const row = await this.dataSource.manager.findOne(SubgraphVersionEntity, { where: { id, subgraphName: name } });
    return row ? { name, ...toSubgraphVersionView(row), sdl: row.sdl } : null;
  }

  /** Returns the supergraphs of a variant, newest first. */
  async listSupergraphs(variant: SupergraphVariant): Promise<SupergraphVersionView[]> {
    const query = this.mainRows().orderBy('g.id', 'DESC');
    if (variant !== 'main') {
      query.innerJoin(SupergraphContractEntity, 'c', 'c.supergraphId = g.id AND c.variant = :variant', { variant });
    }
    return (await query.getRawMany<MainRaw>()).map((raw) => toSupergraphView(raw, variant));
  }

  /** Returns one supergraph of a variant with its SDL, or null. */
  async findSupergraph(id: number, variant: SupergraphVariant): Promise<(SupergraphVersionView & { sdl: string }) | null> {
    const raw = await this.mainRows().addSelect('g.sdl', 'sdl').where('g.id = :id', { id }).getRawOne<MainRaw & { sdl: string }>();
    if (!raw || raw.variant !== 'main') return null;
    if (variant === 'main') return { ...toSupergraphView(raw, variant), sdl: raw.sdl };
    const contract = await new SupergraphContractRepository(this.dataSource.manager).find(variant, id);
    return contract ? { ...toSupergraphView(raw, variant), sdl: contract.sdl } : null;
  }

  /** Returns the API-schema changes from supergraph `a` to `b` of a variant, or the id that does not exist. */
  async diffSupergraphs(
    a: number,
    b: number,
    variant: SupergraphVariant,
  ): Promise<{ ok: true; changes: SchemaChange[] } | { ok: false; missing: number }> {
    const from = await this.findSupergraph(a, variant);
    if (!from) return { ok: false, missing: a };
    const to = await this.findSupergraph(b, variant);
    if (!to) return { ok: false, missing: b };
    return { ok: true, changes: await diffApiSchemas(from.sdl, to.sdl) };
  }

  private mainRows() {
    return this.dataSource.manager
      .createQueryBuilder(SupergraphVersionEntity, 'g')
      .leftJoin(SubgraphVersionEntity, 'v', 'v.id = g.causeSubgraphVersionId')
      .select('g.id', 'id')
      .addSelect('g.variant', 'variant')
      .addSelect('g.createdAt', 'createdAt')
      .addSelect('g.cause', 'cause')
      .addSelect('v.subgraphName', 'causeSubgraph')
      .addSelect('g.createdBy', 'createdBy')
      .addSelect('g.reason', 'reason')
      .addSelect('g.rolledBackTo', 'rolledBackTo');
  }
}

interface MainRaw {
  id: number | string;
  variant: string;
  createdAt: Date | string;
  cause: string;
  causeSubgraph: string | null;
  createdBy: string | null;
  reason: string | null;
  rolledBackTo: number | string | null;
}

function toSupergraphView(raw: MainRaw, variant: string): SupergraphVersionView {
  return {
    id: String(raw.id),
    variant: variant === PUBLIC_VARIANT ? PUBLIC_VARIANT : raw.variant,
    createdAt: toDate(raw.createdAt).toISOString(),
    cause: raw.cause,
    causeSubgraph: raw.causeSubgraph ?? null,
    createdBy: raw.createdBy ?? null,
    reason: raw.reason ?? null,
    rolledBackTo: raw.rolledBackTo === null || raw.rolledBackTo === undefined ? null : String(raw.rolledBackTo),
  };
}

/** Raw queries return what the driver gives: a Date on MySQL, a `YYYY-MM-DD HH:MM:SS.sss` UTC string on SQLite. */
function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}

function toSubgraphVersionView(row: Omit<SubgraphVersionEntity, 'sdl' | 'subgraphName' | 'sdlSha256'>): SubgraphVersionView {
  return {
    versionId: String(row.id),
    version: row.versionLabel,
    url: row.url,
    owner: row.ownerCode,
    publishedBy: row.publishedBy,
    publishedAt: row.createdAt.toISOString(),
    forcedReason: row.forcedReason ?? null,
    changes: row.changes ? (JSON.parse(row.changes) as SchemaChange[]) : [],
  };
}
