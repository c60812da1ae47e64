import { matchesEtag } from '../src/http/get-supergraph.handler';
import { SerialQueue } from '../src/publish/serial-queue';

describe('matchesEtag', () => {
  it.each([
    ['"7"', true],
    ['W/"7"', true],
    ['"6", "7"', true],
    ['*', true],
    ['"6"', false],
    ['7', false],
    ['"70"', false],
  ])('%s against id 7 → %s', (header, expected) => {
    expect(matchesEtag(header, '7')).toBe(expected);
  });
});

describe('SerialQueue', () => {
  it('runs tasks one at a time in arrival order, past a failing one', async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    const task = (name: string, ms: number, fail = false) => async () => {
      events.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      events.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue.run(task('a', 20)), queue.run(task('b', 1, true)), queue.run(task('c', 5))]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
