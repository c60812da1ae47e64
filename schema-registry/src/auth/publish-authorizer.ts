import type { RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { PublishKeyService } from '../keys/publish-key.service';
import { messages } from '../messages';
import { OwnerRepository } from '../owners/owner.repository';
import type { PublishRequest } from '../publish/publish-request';
import type { Publisher } from '../publish/publish.service';
import { SubgraphRepository } from '../subgraph/subgraph.repository';
import { bearerToken } from './require-bearer-secret';

/** Who is calling a publish or a check: anyone (open mode) or the holder of one owner's key. */
export type PublishPrincipal = { kind: 'open' } | { kind: 'key'; keyId: string; owner: string };

/** The publisher to record, or the refusal to answer (400 UNKNOWN_OWNER, 403 FORBIDDEN). */
export type PublishAuthorization =
  | { ok: true; publisher: Publisher }
  | { ok: false; status: 400 | 403; error: { code: 'UNKNOWN_OWNER' | 'FORBIDDEN'; message: string } };

/** Who publishes in open mode (no REGISTRY_ADMIN_KEY, development or test only). */
export const OPEN_PUBLISHER = 'dev';

const principalKey = 'egobPublishPrincipal';

/**
 * Decides who may publish or check a subgraph: in open mode anyone (owners are registered
 * on their first accepted publish); otherwise the holder of a key of the subgraph's owner.
 */
export class PublishAuthorizer {
  constructor(
    private readonly open: boolean,
    private readonly keys: PublishKeyService,
    private readonly dataSource: DataSource,
  ) {}

  /** Middleware run before the body is read: 401 on a missing, garbled, unknown or revoked key. */
  authenticate(): RequestHandler {
    return async (req, res, next) => {
      if (this.open) {
        res.locals[principalKey] = { kind: 'open' } satisfies PublishPrincipal;
        next();
        return;
      }
      const verified = await this.keys.verify(bearerToken(req) ?? '');
      if (!verified.ok) {
        res
          .status(401)
          .set('WWW-Authenticate', 'Bearer realm="egob-registry"')
          .json({ ok: false, error: { code: 'UNAUTHENTICATED', message: verified.message } });
        return;
      }
      res.locals[principalKey] = { kind: 'key', keyId: verified.keyId, owner: verified.owner } satisfies PublishPrincipal;
      next();
    };
  }

  /** Checks the authenticated caller may publish `request` (its owner registered, the key of that owner). */
  async authorize(res: Response, request: PublishRequest): Promise<PublishAuthorization> {
    const principal = res.locals[principalKey] as PublishPrincipal | undefined;
    if (!principal) throw new Error('authorize() called on a route without authenticate()');
    if (principal.kind === 'open') return { ok: true, publisher: { publishedBy: OPEN_PUBLISHER, registerOwner: true } };
    if (!(await new OwnerRepository(this.dataSource.manager).findByCode(request.owner))) {
      return { ok: false, status: 400, error: { code: 'UNKNOWN_OWNER', message: messages.unknownOwner(request.owner) } };
    }
    const existing = await new SubgraphRepository(this.dataSource.manager).findByName(request.name);
    // The key must belong to the current owner and to the owner named in the body: a key never moves a subgraph to another entity.
    for (const owner of [existing?.ownerCode, request.owner]) {
      if (owner !== undefined && owner !== principal.owner) {
        return { ok: false, status: 403, error: { code: 'FORBIDDEN', message: messages.forbiddenOwner(principal.owner, owner) } };
      }
    }
    return { ok: true, publisher: { publishedBy: principal.keyId, registerOwner: false } };
  }
}
