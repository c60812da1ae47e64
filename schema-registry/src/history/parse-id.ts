import { isSupergraphVariant, type SupergraphVariant } from '../delivery/supergraph-delivery.service';

/** Returns the number of a decimal id from a path, or null when it is not one. */
export function parseId(value: string): number | null {
  return /^[1-9][0-9]{0,14}$/.test(value) ? Number(value) : null;
}

/** Returns the variant of a `?variant=` query value (`main` when absent), or null when unknown. */
export function parseVariant(value: unknown): SupergraphVariant | null {
  if (value === undefined) return 'main';
  return isSupergraphVariant(value) ? value : null;
}
