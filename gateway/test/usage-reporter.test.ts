import { createSilentLogger } from '@egob/logger';
import { createUsageReporter, type UsageRecord, type UsageReport, type UsageReporterOptions } from '../src/usage/usage-reporter';
import { findClosedPort, startFakeRegistry, waitFor, type FakeRegistry } from './helpers/fake-registry';

const AT = new Date('2026-11-25T19:00:00.000Z');
const CITIZEN_HOME = ['Citizen.names', 'Query.citizen', 'Query.citizen(ci:)'];
const usage = (overrides: Partial<UsageRecord> = {}): UsageRecord => {
  const coordinates = overrides.coordinates ?? CITIZEN_HOME;
  return {
    operationName: 'CitizenHome',
    clientName: 'portal',
    clientVersion: '1.2.0',
    coordinates,
    coordinatesKey: coordinates.join(' '),
    ...overrides,
  };
};

interface Body {
  gateway: string;
  reports: UsageReport[];
}

describe('usage reporter', () => {
  let registry: FakeRegistry;
  const logger = createSilentLogger();
  const bodies = () => registry.usage.map((u) => u.body as Body);

  beforeEach(async () => {
    jest.restoreAllMocks();
    registry = await startFakeRegistry(null);
  });

  afterEach(async () => {
    await registry.stop();
  });

  const reporter = (options: Partial<UsageReporterOptions> = {}) =>
    createUsageReporter({
      registryUrl: registry.url,
      usageKey: 'usage-secret',
      gatewayId: 'gw-1',
      flushIntervalMs: 60_000,
      timeoutMs: 1_000,
      logger,
      now: () => AT,
      ...options,
    });

  it('aggregates per operation, client, version and coordinates, and POSTs /usage with the usage key', async () => {
    const r = reporter();
    for (let i = 0; i < 3; i += 1) r.record(usage());
    r.record(usage({ clientVersion: '1.3.0' }));
    r.record(usage({ operationName: null, clientName: null, clientVersion: null, coordinates: ['Query.territory'] }));
    expect(r.pendingKeys()).toBe(3);
    await r.flush();
    expect(r.pendingKeys()).toBe(0);
    expect(registry.usage).toHaveLength(1);
    expect(registry.usage[0]!.authorization).toBe('Bearer usage-secret');
    expect(registry.usage[0]!.body).toEqual({
      gateway: 'gw-1',
      reports: [
        { operationName: 'CitizenHome', clientName: 'portal', clientVersion: '1.2.0', coordinates: CITIZEN_HOME, count: 3, lastSeen: AT.toISOString() },
        { operationName: 'CitizenHome', clientName: 'portal', clientVersion: '1.3.0', coordinates: CITIZEN_HOME, count: 1, lastSeen: AT.toISOString() },
        { operationName: null, clientName: null, clientVersion: null, coordinates: ['Query.territory'], count: 1, lastSeen: AT.toISOString() },
      ],
    });
    await r.flush();
    expect(registry.usage).toHaveLength(1);
  });

  it('sends no Authorization header to an open registry', async () => {
    const r = reporter({ usageKey: null });
    r.record(usage());
    await r.flush();
    expect(registry.usage[0]!.authorization).toBeUndefined();
  });

  it('flushes on its own every flushIntervalMs, and when 500 keys are pending', async () => {
    const timed = reporter({ flushIntervalMs: 100 });
    timed.start();
    timed.record(usage());
    await waitFor(() => registry.usage.length === 1, 1_000);
    await timed.stop();

    const bySize = reporter();
    for (let i = 0; i < 499; i += 1) bySize.record(usage({ operationName: `Op${i}` }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(registry.usage).toHaveLength(1);
    bySize.record(usage({ operationName: 'Op499' }));
    await waitFor(() => registry.usage.length === 2, 1_000);
    expect(bodies()[1]!.reports).toHaveLength(500);
  });

  it('sends at most 1,000 reports per body', async () => {
    const r = reporter({ flushAtKeys: 5_000 });
    for (let i = 0; i < 2_500; i += 1) r.record(usage({ operationName: `Op${i}` }));
    await r.flush();
    expect(bodies().map((b) => b.reports.length)).toEqual([1_000, 1_000, 500]);
    expect(bodies()[2]!.reports.at(-1)!.operationName).toBe('Op2499');
  });

  it('keeps what failed for the next flush, merging counts, and warns once until the registry takes it', async () => {
    const warn = jest.spyOn(logger, 'warn');
    const info = jest.spyOn(logger, 'info');
    const r = reporter();
    r.record(usage());
    registry.usageStatus = 503;
    await r.flush();
    r.record(usage());
    r.record(usage({ operationName: 'Other' }));
    await r.flush();
    expect(r.pendingKeys()).toBe(2);
    expect(warn.mock.calls.filter(([, message]) => message === 'usage report not delivered: kept for the next flush')).toHaveLength(1);

    registry.usageStatus = 202;
    await r.flush();
    expect(r.pendingKeys()).toBe(0);
    expect(bodies().at(-1)!.reports.map((report) => [report.operationName, report.count])).toEqual([
      ['CitizenHome', 2],
      ['Other', 1],
    ]);
    expect(info.mock.calls.some(([message]) => message === 'usage reports accepted again')).toBe(true);
  });

  it('keeps reports while the registry is unreachable', async () => {
    const r = reporter({ registryUrl: `http://127.0.0.1:${await findClosedPort()}` });
    r.record(usage());
    await r.flush();
    expect(r.pendingKeys()).toBe(1);
  });

  it('drops a batch the registry refuses as invalid (400), logging it', async () => {
    const error = jest.spyOn(logger, 'error');
    const r = reporter();
    registry.usageStatus = 400;
    r.record(usage());
    await r.flush();
    expect(r.pendingKeys()).toBe(0);
    expect(error.mock.calls.map(([fields, message]) => [message, (fields as { reports: number }).reports])).toEqual([
      ['usage reports refused by the registry: dropped', 1],
    ]);
  });

  it('keeps at most maxPendingKeys, dropping the oldest, and logs how many were dropped', async () => {
    const warn = jest.spyOn(logger, 'warn');
    const r = reporter({ maxPendingKeys: 3 });
    for (const name of ['A', 'B', 'C', 'D', 'E']) r.record(usage({ operationName: name }));
    expect(r.pendingKeys()).toBe(3);
    await r.flush();
    expect(bodies()[0]!.reports.map((report) => report.operationName)).toEqual(['C', 'D', 'E']);
    expect(warn.mock.calls.map(([fields, message]) => [message, fields])).toEqual([
      ['usage keys dropped: too many pending while the registry did not take them', { dropped: 2, maxPendingKeys: 3 }],
    ]);
  });

  it('flushes what is pending when stopped', async () => {
    const r = reporter();
    r.start();
    r.record(usage());
    await r.stop();
    expect(bodies()[0]!.reports[0]!.count).toBe(1);
  });
});
