import type { RequestHandler } from 'express';
import { parseUsageReport } from '../usage/parse-usage-report';
import type { UsageService } from '../usage/usage.service';

/** `POST /usage` (gateways): 202 `{ ok: true, stored }` (aggregated rows written); 400 INVALID_USAGE naming the first bad item, nothing stored. */
export function reportUsageHandler(service: UsageService): RequestHandler {
  return async (req, res) => {
    const parsed = parseUsageReport(req.body);
    if (!parsed.ok) {
      res.status(400).json({ ok: false, error: parsed.error });
      return;
    }
    res.status(202).json({ ok: true, stored: await service.record(parsed.reports) });
  };
}
