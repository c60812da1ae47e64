import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Table `mailbox_document`: a document an entity issued to a citizen, signed with the entity's key. */
@Entity({ name: 'mailbox_document' })
@Index('idx_mailbox_document_citizen', ['ci', 'seq'])
export class MailboxDocumentEntity {
  /** Order of delivery: the keyset of the citizen's paginated mailbox. */
  @PrimaryGeneratedColumn({ type: 'integer' })
  seq: number;

  /** UUID: the document's id in the API and in the signed payload. */
  @Index('idx_mailbox_document_id', { unique: true })
  @Column({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  ci: string;

  /** Code of the issuing PublicEntity. */
  @Column({ type: 'varchar', length: 32 })
  issuer: string;

  /** CERTIFICATE, TITLE, NOTIFICATION or RESOLUTION. */
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  /** The content, base64 (longtext on MariaDB: up to 1 MB decoded). */
  @Column({ type: 'text' })
  content: string;

  /** Hex SHA-256 of the decoded content (signed). */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'issued_at', type: 'varchar', length: 24 })
  issuedAt: string;

  @Column({ name: 'delivered_at', type: 'varchar', length: 24 })
  deliveredAt: string;

  /** Set once, when the citizen first opens it: the read receipt. */
  @Column({ name: 'read_at', type: 'varchar', length: 24, nullable: true })
  readAt: string | null;

  /** The exact signed bytes (canonical JSON), kept so the export is always identical. */
  @Column({ type: 'text' })
  payload: string;

  /** base64url Ed25519 signature of `payload`. */
  @Column({ type: 'varchar', length: 100 })
  signature: string;

  @Column({ name: 'key_id', type: 'varchar', length: 64 })
  keyId: string;
}
