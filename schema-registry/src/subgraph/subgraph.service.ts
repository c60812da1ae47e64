import type { DataSource } from 'typeorm';
import type { SubgraphSummary } from '../registry.types';
import { SubgraphVersionRepository, type SubgraphVersionHeader } from './subgraph-version.repository';

/** Read side of the subgraphs: the current version of each. */
export class SubgraphService {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns the current version of every subgraph, sorted by name. */
  async list(): Promise<SubgraphSummary[]> {
    const rows = await new SubgraphVersionRepository(this.dataSource.manager).listCurrentHeaders();
    return rows.map(toSummary);
  }

  /** Returns the current version of one subgraph with its SDL, or null when unknown. */
  async find(name: string): Promise<(SubgraphSummary & { sdl: string }) | null> {
    const row = await new SubgraphVersionRepository(this.dataSource.manager).findCurrent(name);
    return row ? { ...toSummary(row), sdl: row.sdl } : null;
  }
}

/** Returns the API view of a subgraph version. */
export function toSummary(row: SubgraphVersionHeader): SubgraphSummary {
  return {
    name: row.subgraphName,
    url: row.url,
    version: row.versionLabel,
    versionId: String(row.id),
    owner: row.ownerCode,
    publishedAt: row.createdAt.toISOString(),
  };
}
