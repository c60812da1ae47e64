import type { SeedProgress } from '@egob/subgraph-kit';
import subgraph from '@egob/entities';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'entities-seed' });
});

afterAll(async () => {
  await server?.stop();
});

async function counts(): Promise<{ territory: number; publicEntity: number }> {
  const query = (table: string) => server.app.database.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`) as Promise<Array<{ n: number | string }>>;
  const [[territory], [publicEntity]] = await Promise.all([query('territory'), query('public_entity')]);
  return { territory: Number(territory!.n), publicEntity: Number(publicEntity!.n) };
}

/** A progress reporter that records what it is told. */
function recordingProgress(): SeedProgress & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    start: (label, total) => events.push(`start ${label} ${total}`),
    update: (done) => events.push(`update ${done}`),
    stop: () => events.push('stop'),
  };
}

describe('seed', () => {
  it('writes the whole territory list and catalogue on the first run', async () => {
    expect(await counts()).toEqual({ territory: 465, publicEntity: 64 });
    const rows = (await server.app.database.dataSource.query("SELECT code, search_text FROM public_entity WHERE code IN ('MIN-EDUCACION', 'DP') ORDER BY code")) as unknown[];
    expect(rows).toEqual([
      { code: 'DP', search_text: 'defensoria del pueblo' },
      { code: 'MIN-EDUCACION', search_text: 'ministerio de educacion minedu' },
    ]);
  });

  it('changes nothing when run again, for any number of demo citizens', async () => {
    expect(await server.app.seed(1)).toEqual({ ran: false, from: 1, to: 1 });
    expect(await server.app.seed(50)).toEqual({ ran: true, from: 1, to: 50 });
    expect(await counts()).toEqual({ territory: 465, publicEntity: 64 });
  });

  it('is idempotent even when a first run is repeated, and reports its progress in batches', async () => {
    const progress = recordingProgress();
    await subgraph.definition.seed!({ dataSource: server.app.database.dataSource, citizens: { from: 0, to: 1 }, firstRun: true, progress });
    expect(await counts()).toEqual({ territory: 465, publicEntity: 64 });
    expect(progress.events).toEqual([
      'start entities: territorios 465',
      'update 100',
      'update 200',
      'update 300',
      'update 400',
      'update 465',
      'stop',
      'start entities: entidades públicas 64',
      'update 64',
      'stop',
    ]);
  });
});
