import { composeServices } from '@apollo/composition';
import type { DocumentNode } from 'graphql';
import type { CompositionErrorItem } from '../registry.types';

/** One subgraph taking part in a composition. */
export interface CompositionMember {
  name: string;
  url: string;
  document: DocumentNode;
}

/** The supergraph SDL and composition hints, or the composition errors. */
export type CompositionResult =
  | { ok: true; supergraphSdl: string; hints: string[] }
  | { ok: false; errors: CompositionErrorItem[] };

/** Composes the members (in name order, so the output does not depend on the call) with @apollo/composition. */
export function composeSupergraph(members: CompositionMember[]): CompositionResult {
  const services = [...members]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((member) => ({ name: member.name, url: member.url, typeDefs: member.document }));
  const result = composeServices(services);
  if (result.errors) {
    return {
      ok: false,
      errors: result.errors.map((error) => ({
        code: typeof error.extensions?.code === 'string' ? error.extensions.code : 'COMPOSITION_ERROR',
        message: error.message,
      })),
    };
  }
  return { ok: true, supergraphSdl: result.supergraphSdl, hints: result.hints.map((hint) => hint.toString()) };
}
