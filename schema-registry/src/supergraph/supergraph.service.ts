import type { DataSource } from 'typeorm';
import type { SupergraphVersionEntity } from './supergraph-version.entity';
import { SupergraphVersionRepository } from './supergraph-version.repository';

/** The variant gateways load today; contract variants come later. */
export const MAIN_VARIANT = 'main';

/** The current supergraph as served to gateways. */
export interface CurrentSupergraph {
  id: string;
  sdl: string;
  createdAt: Date;
}

/**
 * Answers "which supergraph is current". Gateways poll often, so a poll costs one
 * indexed query for the newest id; the SDL is read only when that id changes.
 */
export class SupergraphService {
  private cached: CurrentSupergraph | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Returns the id of the current supergraph, or null before the first publish. */
  async findCurrentId(): Promise<string | null> {
    const id = await new SupergraphVersionRepository(this.dataSource.manager).findCurrentId(MAIN_VARIANT);
    return id === null ? null : String(id);
  }

  /** Returns the current supergraph, or null before the first publish. */
  async findCurrent(): Promise<CurrentSupergraph | null> {
    const repository = new SupergraphVersionRepository(this.dataSource.manager);
    const id = await repository.findCurrentId(MAIN_VARIANT);
    if (id === null) return null;
    if (this.cached?.id === String(id)) return this.cached;
    const row = await repository.findById(id);
    if (!row) throw new Error(`supergraph version ${id} vanished between two reads`);
    this.remember(row);
    return this.cached;
  }

  /** Records a supergraph just written, so the next poll need not read its SDL back. */
  remember(row: SupergraphVersionEntity): void {
    this.cached = { id: String(row.id), sdl: row.sdl, createdAt: row.createdAt };
  }
}
