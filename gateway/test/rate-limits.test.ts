import Redis from 'ioredis';
import { findClosedPort } from './helpers/fake-registry';
import { startGatewayHarness, type GatewayHarness, type HarnessGateway } from './helpers/gateway-harness';

const QUERY = '{ territory(code: "02") { name } }';
const ANSWER = { data: { territory: { name: 'La Paz' } } };
const REDIS_URL = 'redis://127.0.0.1:6379';
const LIMITS = { RATE_LIMIT_PER_MINUTE_ANONYMOUS: '3', RATE_LIMIT_PER_MINUTE_USER: '5' };

describe('rate limits', () => {
  let harness: GatewayHarness;
  const prefix = `egob-test-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    harness = await startGatewayHarness();
  });

  afterAll(async () => {
    await harness?.stop();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  const expectLimited = async (gateway: HarnessGateway, headers: Record<string, string> = {}) => {
    const response = await gateway.query(QUERY, headers);
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(response.body).toEqual({
      errors: [{ message: `Demasiadas solicitudes; intente de nuevo en ${retryAfter} s.`, extensions: { code: 'RATE_LIMITED' } }],
    });
  };
  const expectServed = async (gateway: HarnessGateway, headers: Record<string, string> = {}) => {
    const response = await gateway.query(QUERY, headers);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(ANSWER);
  };

  it('in memory: 429 RATE_LIMITED with Retry-After past the budget, per IP for anonymous and per subject for users', async () => {
    const gateway = await harness.startGateway(LIMITS);
    const alice = { authorization: `Bearer ${await harness.idp.sign({ claims: { sub: '1111111' } })}` };
    const bob = { authorization: `Bearer ${await harness.idp.sign({ claims: { sub: '2222222' } })}` };
    for (let i = 0; i < 3; i += 1) await expectServed(gateway);
    await expectLimited(gateway);
    // A client name does not buy anonymous traffic a new budget.
    await expectLimited(gateway, { 'x-egob-client-name': 'otro-cliente' });
    for (let i = 0; i < 5; i += 1) await expectServed(gateway, alice);
    await expectLimited(gateway, alice);
    await expectServed(gateway, bob);
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  });

  it('with Redis: the budget is shared by every gateway using the same Redis', async () => {
    const first = await harness.startGateway({ ...LIMITS, REDIS_URL }, { rateLimitKeyPrefix: prefix });
    const second = await harness.startGateway({ ...LIMITS, REDIS_URL }, { rateLimitKeyPrefix: prefix });
    await expectServed(first);
    await expectServed(first);
    await expectServed(second);
    await expectLimited(second);
    await expectLimited(first);
    const redis = new Redis(REDIS_URL);
    try {
      expect(await redis.get(`${prefix}:ip:127.0.0.1`)).toBe('5');
    } finally {
      await redis.quit();
    }
  });

  it('with Redis unreachable: the in-memory insurance limiter still serves and limits', async () => {
    const gateway = await harness.startGateway({ ...LIMITS, REDIS_URL: `redis://127.0.0.1:${await findClosedPort()}` });
    for (let i = 0; i < 3; i += 1) await expectServed(gateway);
    await expectLimited(gateway);
  });
});
