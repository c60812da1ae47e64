/**
 * Runs `work` with V8's stack capture off: errors it creates and handles (a broken
 * body's SyntaxError, the GraphQLErrors of refused variables) are expected answers, and a
 * burst of bad requests should not pay for stacks nobody reads.
 */
export function withoutStackTraces<T>(work: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
