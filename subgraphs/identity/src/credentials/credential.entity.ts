import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../auth/epoch-millis.column';

/** Table `credential`: a citizen's password hash, failed-login counter and second factor. */
@Entity({ name: 'credential' })
export class CredentialEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  ci: string;

  /** `scrypt$N$r$p$salt$hash`. */
  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  /** Consecutive failed logins since the last success or lockout. */
  @Column({ name: 'failed_logins', type: 'int', default: 0 })
  failedLogins: number;

  @Column({ name: 'locked_until', type: 'bigint', nullable: true, transformer: epochMillis })
  lockedUntil: number | null;

  /** Base32 TOTP secret once enabled. */
  @Column({ name: 'totp_secret', type: 'varchar', length: 64, nullable: true })
  totpSecret: string | null;

  /** Secret of an enrolment started and not yet confirmed. */
  @Column({ name: 'totp_pending_secret', type: 'varchar', length: 64, nullable: true })
  totpPendingSecret: string | null;

  /** Last TOTP step accepted: a code is never accepted twice. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true, transformer: epochMillis })
  totpLastStep: number | null;
}
