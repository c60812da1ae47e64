import { buildSubgraph, errorCauses } from '@apollo/federation-internals';
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { messages } from '../messages';

/** Where a problem is in the SDL (1-based). */
export interface SdlLocation {
  line: number;
  column: number;
}

/** One problem of a subgraph schema that is valid GraphQL syntax but not a valid subgraph. */
export interface SdlProblem {
  code: string;
  message: string;
  line?: number;
  column?: number;
}

/** Why an SDL was refused: a syntax error with its location, or the subgraph's own schema errors. */
export type SdlRefusal =
  | { message: string; details: SdlLocation }
  | { message: string; details: { errors: SdlProblem[] } };

/** The parsed document, or why the SDL is not a valid subgraph on its own. */
export type ParsedSdl = { ok: true; document: DocumentNode } | { ok: false; error: SdlRefusal };

/**
 * Parses an SDL and checks it is a valid federation subgraph by itself (types defined,
 * directives known, keys well formed); composition with the others is checked elsewhere.
 */
export function parseSubgraphSdl(name: string, url: string, sdl: string): ParsedSdl {
  let document: DocumentNode;
  try {
    document = parse(sdl);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const { line, column } = error.locations?.[0] ?? { line: 1, column: 1 };
    return { ok: false, error: { message: messages.invalidSdlSyntax(line, column, error.message), details: { line, column } } };
  }
  try {
    buildSubgraph(name, url, document).validate();
  } catch (error) {
    const causes = errorCauses(error instanceof Error ? error : new Error(String(error)));
    if (!causes) throw error;
    const errors = causes.map(toProblem);
    return { ok: false, error: { message: messages.invalidSdlSchema(errors.map((e) => e.message)), details: { errors } } };
  }
  return { ok: true, document };
}

function toProblem(error: GraphQLError): SdlProblem {
  const location = error.locations?.[0];
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INVALID_GRAPHQL';
  return location ? { code, message: error.message, line: location.line, column: location.column } : { code, message: error.message };
}
