import { ANONYMOUS_SUBJECT, type RequestContext } from '@egob/context-token';
import type { Logger } from '@egob/logger';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { GatewayRefusal } from '../http/gateway-refusal';
import { MESSAGES } from '../http/messages';

/** Options of createRequestRateLimiter. */
export interface RequestRateLimiterOptions {
  perMinuteUser: number;
  perMinuteAnonymous: number;
  /** Redis shared by every gateway replica; in-memory (per process) without it. */
  redisUrl?: string;
  /** Prefix of the Redis keys (tests use their own). */
  keyPrefix?: string;
  logger: Logger;
}

/** Per-user and per-IP request budgets. */
export interface RequestRateLimiter {
  /** Counts one request; throws a 429 GatewayRefusal (`RATE_LIMITED`, with Retry-After) when the budget is spent. */
  consume(context: RequestContext, ip: string): Promise<void>;
  /** Closes the Redis connection, if any. */
  close(): Promise<void>;
}

/**
 * Returns the gateway's rate limiter: a signed-in user gets `perMinuteUser` requests a
 * minute by subject, anonymous traffic `perMinuteAnonymous` by IP address. With a Redis
 * URL the counts are shared (RateLimiterRedis); while Redis is unreachable an in-memory
 * insurance limiter with the same budgets takes over, so an outage neither blocks nor
 * unlimits traffic.
 */
export function createRequestRateLimiter(options: RequestRateLimiterOptions): RequestRateLimiter {
  const prefix = options.keyPrefix ?? 'egob-gateway';
  let redis: Redis | null = null;
  if (options.redisUrl !== undefined) {
    // No offline queue: a request must not wait for Redis to come back, the insurance limiter answers instead.
    redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    let failing = false;
    redis.on('error', (error: Error) => {
      if (failing) return;
      failing = true;
      options.logger.warn({ err: error }, 'redis unreachable: rate limits counted in memory meanwhile');
    });
    redis.on('ready', () => {
      if (failing) options.logger.info('redis reachable again: rate limits shared again');
      failing = false;
    });
  }
  const limiter = (name: string, points: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix: `${prefix}:${name}`, points, duration: 60 });
    if (!redis) return memory;
    return new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:${name}`,
      points,
      duration: 60,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  };
  const users = limiter('user', options.perMinuteUser);
  const anonymous = limiter('ip', options.perMinuteAnonymous);

  return {
    async consume(context, ip) {
      const isAnonymous = context.subject === ANONYMOUS_SUBJECT;
      try {
        await (isAnonymous ? anonymous.consume(ip) : users.consume(context.subject));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new GatewayRefusal(429, 'RATE_LIMITED', MESSAGES.rateLimited(seconds), { 'Retry-After': String(seconds) });
      }
    },
    async close() {
      if (!redis) return;
      // quit() waits for a reply that a Redis being reconnected to never sends: just stop reconnecting then.
      if (redis.status === 'ready') await redis.quit().catch(() => redis?.disconnect());
      else redis.disconnect();
    },
  };
}
