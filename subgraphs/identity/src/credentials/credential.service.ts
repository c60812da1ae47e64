import type { DataSource, Repository } from 'typeorm';
import { CredentialEntity } from './credential.entity';
import { DECOY_PASSWORD_HASH, hashPassword, isPasswordMatch } from './password-hash';
import { createOtpauthUri, createTotpSecret, findTotpStep } from './totp';

/** Consecutive failures that lock a CI, and for how long. */
export const LOCKOUT = { failures: 5, minutes: 15 } as const;

/** The outcome of a login attempt: `invalid` never says whether the CI exists, the password was wrong or the CI is locked. */
export type LoginOutcome = { ok: true; amr: string[] } | { ok: false; reason: 'invalid' | 'otp_required' };

/** A failed TOTP enrolment step. */
export type TotpFailure = { ok: false; code: 'NO_CREDENTIAL' | 'TOTP_ALREADY_ENABLED' | 'TOTP_NOT_STARTED' | 'INVALID_TOTP_CODE' };

/** Checks and keeps citizens' passwords, lockout state and second factor. */
export class CredentialService {
  private readonly credentials: Repository<CredentialEntity>;

  constructor(dataSource: DataSource) {
    this.credentials = dataSource.getRepository(CredentialEntity);
  }

  /** Sets (or replaces) the password of `ci`, clearing its lockout. */
  async setPassword(ci: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const existing = await this.credentials.findOneBy({ ci });
    if (existing) await this.credentials.update({ ci }, { passwordHash, failedLogins: 0, lockedUntil: null });
    else await this.credentials.insert({ ci, passwordHash, failedLogins: 0, lockedUntil: null, totpSecret: null, totpPendingSecret: null, totpLastStep: null });
  }

  /**
   * Checks CI, password and (when enabled) the TOTP code. Unknown CIs and locked CIs still run
   * scrypt, so every refusal takes about the same time; 5 consecutive failures lock the CI for 15 minutes.
   */
  async authenticate(ci: string, password: string, otp: string, now = Date.now()): Promise<LoginOutcome> {
    const row = await this.credentials.findOneBy({ ci });
    const passwordOk = await isPasswordMatch(password, row?.passwordHash ?? DECOY_PASSWORD_HASH);
    if (!row) return { ok: false, reason: 'invalid' };
    if (row.lockedUntil !== null && row.lockedUntil > now) return { ok: false, reason: 'invalid' };
    if (!passwordOk) return this.recordFailure(row, now);
    if (row.totpSecret === null) return this.recordSuccess(row, ['pwd']);
    if (otp.trim() === '') return { ok: false, reason: 'otp_required' };
    const step = findTotpStep(row.totpSecret, otp.trim(), Math.floor(now / 1000));
    if (step === null || (row.totpLastStep !== null && step <= row.totpLastStep)) return this.recordFailure(row, now);
    await this.credentials.update({ ci }, { totpLastStep: step });
    return this.recordSuccess(row, ['pwd', 'otp']);
  }

  /** Starts a TOTP enrolment for `ci`: returns the new secret and its otpauth URI (not active until confirmed). */
  async startTotpEnrollment(ci: string): Promise<{ ok: true; secret: string; otpauthUri: string } | TotpFailure> {
    const row = await this.credentials.findOneBy({ ci });
    if (!row) return { ok: false, code: 'NO_CREDENTIAL' };
    if (row.totpSecret !== null) return { ok: false, code: 'TOTP_ALREADY_ENABLED' };
    const secret = createTotpSecret();
    await this.credentials.update({ ci }, { totpPendingSecret: secret });
    return { ok: true, secret, otpauthUri: createOtpauthUri(secret, ci) };
  }

  /** Confirms the started enrolment of `ci` with a current `code`: from then on login asks for a code. */
  async confirmTotpEnrollment(ci: string, code: string, now = Date.now()): Promise<{ ok: true } | TotpFailure> {
    const row = await this.credentials.findOneBy({ ci });
    if (!row) return { ok: false, code: 'NO_CREDENTIAL' };
    if (row.totpSecret !== null) return { ok: false, code: 'TOTP_ALREADY_ENABLED' };
    if (row.totpPendingSecret === null) return { ok: false, code: 'TOTP_NOT_STARTED' };
    const step = findTotpStep(row.totpPendingSecret, code.trim(), Math.floor(now / 1000));
    if (step === null) return { ok: false, code: 'INVALID_TOTP_CODE' };
    await this.credentials.update({ ci }, { totpSecret: row.totpPendingSecret, totpPendingSecret: null, totpLastStep: step });
    return { ok: true };
  }

  /** Returns the stored credential of `ci` (tests and the seed), or null. */
  findByCi(ci: string): Promise<CredentialEntity | null> {
    return this.credentials.findOneBy({ ci });
  }

  private async recordFailure(row: CredentialEntity, now: number): Promise<LoginOutcome> {
    const failures = row.failedLogins + 1;
    const locks = failures >= LOCKOUT.failures;
    await this.credentials.update(
      { ci: row.ci },
      locks ? { failedLogins: 0, lockedUntil: now + LOCKOUT.minutes * 60_000 } : { failedLogins: failures },
    );
    return { ok: false, reason: 'invalid' };
  }

  private async recordSuccess(row: CredentialEntity, amr: string[]): Promise<LoginOutcome> {
    if (row.failedLogins !== 0 || row.lockedUntil !== null) await this.credentials.update({ ci: row.ci }, { failedLogins: 0, lockedUntil: null });
    return { ok: true, amr };
  }
}
