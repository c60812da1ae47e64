import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Table `academic_title`: a title an institution granted, signed and deposited in the citizen's mailbox. */
@Entity({ name: 'academic_title' })
export class TitleEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  seq: number;

  /** `TIT-<year>-<random>`: what verifyTitle looks up. */
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 20 })
  ci: string;

  /** TitleKind. */
  @Column({ type: 'varchar', length: 24 })
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'institution_code', type: 'varchar', length: 16 })
  institutionCode: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'issued_on', type: 'varchar', length: 10 })
  issuedOn: string;

  /** Hex SHA-256 of the title's canonical JSON content (what the mailbox signed as `sha256`). */
  @Column({ name: 'content_sha256', type: 'varchar', length: 64 })
  contentSha256: string;

  /** The mailbox document's id; null for titles seeded before the platform. */
  @Column({ name: 'mailbox_document_id', type: 'varchar', length: 36, nullable: true })
  mailboxDocumentId: string | null;

  /** The signed exported document `{ payload, signature, keyId }`; null when seeded. */
  @Column({ type: 'text', nullable: true })
  exported: string | null;

  /** Set when the title was revoked (verifyTitle answers REVOKED). */
  @Column({ name: 'revoked_on', type: 'varchar', length: 10, nullable: true })
  revokedOn: string | null;
}
