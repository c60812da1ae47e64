import { Supergraph } from '@apollo/federation-internals';

/**
 * Throws when `sdl` is not a supergraph the gateway can serve (bad syntax, missing
 * join directives, invalid API schema). Done before handing it to the gateway, whose
 * first load fails for good on a bad supergraph.
 */
export function assertValidSupergraph(sdl: string): void {
  const supergraph = Supergraph.build(sdl, { validateSupergraph: true });
  supergraph.apiSchema();
}
