import { GraphQLError } from 'graphql';

/** Returns the BAD_USER_INPUT error for one argument (an expected failure the client can fix). */
export function badUserInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}
