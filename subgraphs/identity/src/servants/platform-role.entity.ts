import { Entity, PrimaryColumn } from 'typeorm';

/** Table `platform_role`: a platform role granted to a citizen (`citizen` itself is implicit). */
@Entity({ name: 'platform_role' })
export class PlatformRoleEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  ci: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  role: string;
}
