import type { RequestHandler } from 'express';
import { catalogueMessages as m } from '../catalogue.messages';
import { matchesEtag } from '../http/get-supergraph.handler';
import type { SupergraphWaiters } from '../longpoll/supergraph-waiters';
import type { SupergraphBody } from '../registry.types';
import { isSupergraphVariant, type DeliveredSupergraph, type SupergraphDelivery } from './supergraph-delivery.service';

/**
 * `GET /supergraph?variant=main|public&wait=1..30`: the current signed supergraph with
 * `ETag: "<id>.<16 hex>"`; 304 on a matching If-None-Match, held up to `wait` seconds
 * until a new supergraph of the variant exists; 400 INVALID_VARIANT; 404 before the first one.
 */
export function serveSupergraphHandler(delivery: SupergraphDelivery, waiters: SupergraphWaiters): RequestHandler {
  return async (req, res) => {
    res.set('Cache-Control', 'no-cache');
    const variant = req.query.variant ?? 'main';
    if (!isSupergraphVariant(variant)) {
      res.status(400).json({ error: { code: 'INVALID_VARIANT', message: m.invalidVariant(String(variant)) } });
      return;
    }
    const wait = parseWait(req.query.wait);
    if (wait === null) {
      res.status(400).json({ error: { code: 'INVALID_REQUEST', message: m.invalidWait } });
      return;
    }
    let current = await delivery.findCurrent(variant);
    const ifNoneMatch = req.get('if-none-match');
    if (current && ifNoneMatch !== undefined && matchesEtag(ifNoneMatch, current.etag)) {
      if (wait === 0) {
        notModified(res, current);
        return;
      }
      const gone = new AbortController();
      res.on('close', () => gone.abort());
      // Wait first, then look again: a publish between the first read and the wait is not missed.
      const outcome = waiters.wait(variant, wait * 1000, gone.signal);
      const latest = await delivery.findCurrentId(variant);
      if (latest === Number(current.signed.id) && (await outcome) !== 'changed') {
        notModified(res, current);
        return;
      }
      gone.abort();
      current = await delivery.findCurrent(variant);
      if (current && matchesEtag(ifNoneMatch, current.etag)) {
        notModified(res, current);
        return;
      }
    }
    if (!current) {
      res.status(404).json({ error: { code: 'NO_SUPERGRAPH', message: m.noSupergraphOfVariant(variant) } });
      return;
    }
    const body: SupergraphBody = current.signed;
    res.status(200).set('ETag', `"${current.etag}"`).json(body);
  };
}

function notModified(res: Parameters<RequestHandler>[1], current: DeliveredSupergraph): void {
  res.status(304).set('ETag', `"${current.etag}"`).end();
}

/** Returns the wait in seconds (0 when absent), or null when invalid. */
function parseWait(value: unknown): number | null {
  if (value === undefined) return 0;
  if (typeof value !== 'string' || !/^[0-9]{1,2}$/.test(value)) return null;
  const seconds = Number(value);
  return seconds >= 1 && seconds <= 30 ? seconds : null;
}
