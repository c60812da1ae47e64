import { Lexer, Source, TokenKind } from 'graphql';
import { GatewayRefusal } from '../http/gateway-refusal';

/**
 * Throws a 400 GatewayRefusal (`GRAPHQL_VALIDATION_FAILED`) when `query` has more than
 * `maxTokens` lexical tokens (comments not counted), before anything parses it. A
 * lexing error is left to Apollo, which answers it as GRAPHQL_PARSE_FAILED.
 *
 * graphql-armor's max-tokens plugin for Apollo does this inside `parsingDidStart`,
 * where any thrown error — every syntax error included — becomes a 500: hence the
 * lexer here, with armor's message.
 */
export function assertTokenLimit(query: string, maxTokens: number): void {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > maxTokens) break;
    }
  } catch {
    return;
  }
  if (count > maxTokens) {
    throw new GatewayRefusal(400, 'GRAPHQL_VALIDATION_FAILED', `Syntax Error: Token limit of ${maxTokens} exceeded.`);
  }
}
