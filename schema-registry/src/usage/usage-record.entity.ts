import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Usage of one coordinate by one operation of one client on one UTC day (table `registry_usage`). */
@Entity({ name: 'registry_usage' })
export class UsageRecordEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** UTC day of `lastSeen`, `YYYY-MM-DD`. */
  @Column({ type: 'varchar', length: 10 })
  day: string;

  /** Schema coordinate: `Type.field` or `Type.field(arg:)`. */
  @Column({ type: 'varchar', length: 255 })
  coordinate: string;

  /** `(anónima)` for operations without a name. */
  @Column({ name: 'operation_name', type: 'varchar', length: 200 })
  operationName: string;

  /** `(desconocido)` when the client did not say who it is. */
  @Column({ name: 'client_name', type: 'varchar', length: 200 })
  clientName: string;

  /** The newest client version reported for this row. */
  @Column({ name: 'client_version', type: 'varchar', length: 64, nullable: true })
  clientVersion: string | null;

  /** MySQL returns bigint as a string; read it with Number(). */
  @Column({ type: 'bigint' })
  count: string | number;

  /** ISO-8601 UTC text of the latest use that day. */
  @Column({ name: 'last_seen', type: 'varchar', length: 24 })
  lastSeen: string;
}
