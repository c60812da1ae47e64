/** One client that used a field within the usage window. */
export interface FieldConsumer {
  clientName: string;
  /** Operation names, sorted. */
  operations: string[];
  count: number;
  /** ISO-8601 UTC. */
  lastSeen: string;
}

/** What the catalogue reads of the recorded usage (protocol §3); the registry's UsageService provides it. */
export interface UsageReader {
  /** Returns, for every coordinate used within the usage window, its consumers by count descending. */
  listConsumers(): Promise<Map<string, FieldConsumer[]>>;
}
