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
 *
 * Returns whether the document is surely read-only: no `mutation` or `subscription`
 * name outside braces (where only an operation's type can stand), and it lexed to
 * the end. In doubt, false: only read-only documents may be deduplicated.
 */
export function assertTokenLimit(query: string, maxTokens: number): boolean {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  let depth = 0;
  let readOnly = true;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      count += 1;
      if (count > maxTokens) break;
      if (token.kind === TokenKind.BRACE_L) depth += 1;
      else if (token.kind === TokenKind.BRACE_R) depth -= 1;
      else if (depth <= 0 && token.kind === TokenKind.NAME && (token.value === 'mutation' || token.value === 'subscription')) readOnly = false;
    }
  } catch {
    return false;
  }
  if (count > maxTokens) {
    throw new GatewayRefusal(400, 'GRAPHQL_VALIDATION_FAILED', `Syntax Error: Token limit of ${maxTokens} exceeded.`);
  }
  return readOnly;
}
