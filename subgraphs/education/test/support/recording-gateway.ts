import { createHash, generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One GraphQL request the subgraph sent through the "gateway". */
export interface RecordedRequest {
  authorization: string | undefined;
  query: string;
  variables: Record<string, any>;
}

/** How the stand-in mailbox answers depositDocument. */
export type DepositMode = 'sign' | 'refuse' | 'graphql-error';

/**
 * A tiny stand-in for identity's token endpoint and the gateway, for education's package
 * tests: it records every request, signs deposited documents like identity does (canonical
 * payload, Ed25519, base64url) with a key of its own, answers verifyDocument with that key,
 * and consentStatus from `grants`. The lead's cross-subgraph tests use the real ones.
 */
export class RecordingGateway {
  readonly requests: RecordedRequest[] = [];
  readonly tokenRequests: Array<{ authorization: string | undefined; body: string }> = [];
  depositMode: DepositMode = 'sign';
  /** `ci|entity|scope` of the consents granted. */
  readonly grants = new Set<string>();
  readonly keyId = 'min-educacion-test-key';
  private readonly keys = generateKeyPairSync('ed25519');
  private server: Server | null = null;
  private port = 0;

  get tokenUrl(): string {
    return `http://127.0.0.1:${this.port}/oauth/token`;
  }

  get graphqlUrl(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  /** The environment that points a subgraph's ctx.graph at this server. */
  env(): Record<string, string> {
    return {
      GATEWAY_URL: this.graphqlUrl,
      IDENTITY_TOKEN_URL: this.tokenUrl,
      SERVICE_CLIENT_ID: 'svc-education',
      SERVICE_CLIENT_SECRET: 'svc-education-test-secret',
      CONSENT_CACHE_SECONDS: '0',
    };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void readBody(req).then((body) => {
        const answer = req.url === '/oauth/token' ? this.token(req, body) : this.graphql(req, body);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests whose query contains `text`. */
  requestsFor(text: string): RecordedRequest[] {
    return this.requests.filter((request) => request.query.includes(text));
  }

  private token(req: IncomingMessage, body: string) {
    this.tokenRequests.push({ authorization: req.headers.authorization, body });
    return { access_token: 'service-token-svc-education', token_type: 'Bearer', expires_in: 3600 };
  }

  private graphql(req: IncomingMessage, body: string) {
    const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, any> };
    this.requests.push({ authorization: req.headers.authorization, query, variables });
    if (query.includes('depositDocument')) return this.deposit(variables.input);
    if (query.includes('verifyDocument')) return { data: { verifyDocument: this.verifyExported(variables.document) } };
    if (query.includes('consentStatus')) {
      const granted = this.grants.has(`${variables.ci}|${variables.entity}|${variables.scope}`);
      return { data: { consentStatus: { granted } } };
    }
    return { errors: [{ message: 'unexpected query' }] };
  }

  private deposit(input: Record<string, string>) {
    if (this.depositMode === 'graphql-error') return { data: null, errors: [{ message: 'Servicio identity no disponible', extensions: { code: 'SUBREQUEST_FAILED' } }] };
    if (this.depositMode === 'refuse') {
      return { data: { depositDocument: { ok: false, receipt: null, error: { code: 'UNKNOWN_CITIZEN', message: 'No hay una persona registrada con esa cédula de identidad.' } } } };
    }
    const id = randomUUID();
    const sha256 = createHash('sha256').update(Buffer.from(input.content!, 'base64')).digest('hex');
    const payload = JSON.stringify({
      ci: input.ci,
      contentType: input.contentType,
      id,
      issuedAt: input.issuedAt,
      issuer: 'MIN-EDUCACION',
      kind: input.kind,
      sha256,
      title: input.title,
    });
    const signature = sign(null, Buffer.from(payload, 'utf8'), this.keys.privateKey).toString('base64url');
    const exported = JSON.stringify({ payload, signature, keyId: this.keyId });
    return { data: { depositDocument: { ok: true, receipt: { id, exported }, error: null } } };
  }

  private verifyExported(text: string) {
    const invalid = (reason: string) => ({ valid: false, issuer: null, reason });
    let document: { payload?: unknown; signature?: unknown; keyId?: unknown };
    try {
      document = JSON.parse(text);
    } catch {
      return invalid('Documento mal formado.');
    }
    if (typeof document.payload !== 'string' || typeof document.signature !== 'string') return invalid('Documento mal formado.');
    if (document.keyId !== this.keyId) return invalid('La clave indicada no es de ninguna entidad emisora.');
    const ok = isValid(document.payload, document.signature, this.keys.publicKey);
    return ok ? { valid: true, issuer: { code: 'MIN-EDUCACION' }, reason: null } : invalid('Firma inválida: el documento fue alterado o no lo firmó la entidad emisora.');
  }
}

function isValid(payload: string, signature: string, publicKey: KeyObject): boolean {
  const bytes = Buffer.from(signature, 'base64url');
  return bytes.length === 64 && bytes.toString('base64url') === signature && verify(null, Buffer.from(payload, 'utf8'), publicKey, bytes);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
