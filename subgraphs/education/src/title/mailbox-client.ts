import type { GraphClient } from '@egob/subgraph-kit';

/** The title document identity's mailbox receives. */
export interface TitleDeposit {
  ci: string;
  title: string;
  /** The title's canonical JSON content (sent base64). */
  content: string;
  /** UTC ISO-8601, not in the future. */
  issuedAt: string;
}

/** What the mailbox answered: the document id and its signed export, or why not. */
export type DepositOutcome = { ok: true; documentId: string; exported: string } | { ok: false; reason: string };

/** What identity's verifyDocument answered, or null when it could not be asked. */
export interface DocumentCheck {
  valid: boolean;
  issuer: string | null;
  reason: string | null;
}

/** The mutation education sends to identity through the gateway. */
export const DEPOSIT_DOCUMENT = `mutation ($input: DepositDocumentInput!) {
  depositDocument(input: $input) { ok receipt { id exported } error { code message } }
}`;

/** The public query that checks an exported document's signature. */
export const VERIFY_DOCUMENT = `query ($document: String!) {
  verifyDocument(document: $document) { valid issuer { code } reason }
}`;

type DepositAnswer = {
  depositDocument: { ok: boolean; receipt: { id: string; exported: string } | null; error: { code: string; message: string } | null } | null;
};
type VerifyAnswer = { verifyDocument: { valid: boolean; issuer: { code: string } | null; reason: string | null } | null };

/**
 * Deposits a title into the citizen's digital mailbox through the gateway, with the
 * subgraph's service account: identity signs it with MIN-EDUCACION's key. Never throws.
 */
export async function depositTitle(graph: GraphClient, deposit: TitleDeposit): Promise<DepositOutcome> {
  const input = {
    ci: deposit.ci,
    kind: 'TITLE',
    title: deposit.title,
    contentType: 'application/json',
    content: Buffer.from(deposit.content, 'utf8').toString('base64'),
    issuedAt: deposit.issuedAt,
  };
  try {
    const answer = await graph.query<DepositAnswer>(DEPOSIT_DOCUMENT, { input });
    if (answer.errors?.length) return { ok: false, reason: answer.errors.map((error) => error.message).join('; ') };
    const result = answer.data?.depositDocument;
    if (!result) return { ok: false, reason: 'respuesta vacía del buzón' };
    if (!result.ok || !result.receipt) return { ok: false, reason: result.error ? `${result.error.code}: ${result.error.message}` : 'rechazado' };
    return { ok: true, documentId: result.receipt.id, exported: result.receipt.exported };
  } catch (error) {
    return { ok: false, reason: `gateway no disponible (${(error as Error).message})` };
  }
}

/** Asks identity's public verifyDocument through the gateway; null when it could not be asked. Never throws. */
export async function verifyDocument(graph: GraphClient, document: string): Promise<DocumentCheck | null> {
  try {
    const answer = await graph.query<VerifyAnswer>(VERIFY_DOCUMENT, { document });
    const result = answer.data?.verifyDocument;
    if (answer.errors?.length || !result) return null;
    return { valid: result.valid === true, issuer: result.issuer?.code ?? null, reason: result.reason };
  } catch {
    return null;
  }
}
