import { badUserInput } from '@egob/subgraph-kit';
import { messages } from './messages';

/** A period as stored instants compare: `from` inclusive, `before` exclusive (null: unbounded). */
export interface Period {
  from: string | null;
  before: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/**
 * Returns the period of the `from` / `to` arguments (dates AAAA-MM-DD or UTC instants,
 * both inclusive: a date `to` covers its whole day); throws BAD_USER_INPUT on anything else.
 */
export function parsePeriod(from: string | null | undefined, to: string | null | undefined): Period {
  const start = from == null ? null : instantOf(from, 'from');
  const end = to == null ? null : instantOf(to, 'to');
  if (start && end && start.getTime() > end.getTime()) throw badUserInput(messages.invalidPeriod, 'from');
  const before = end === null || to == null ? null : new Date(end.getTime() + (DATE.test(to) ? 86_400_000 : 1));
  return { from: start?.toISOString() ?? null, before: before?.toISOString() ?? null };
}

function instantOf(value: string, argument: string): Date {
  const date = DATE.test(value) ? new Date(`${value}T00:00:00.000Z`) : INSTANT.test(value) ? new Date(value) : null;
  if (date === null || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value.slice(0, 10))) {
    throw badUserInput(messages.invalidInstant(argument), argument);
  }
  return date;
}
