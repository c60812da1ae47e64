import { GraphQLError } from 'graphql';
import { messages } from '../messages';

/** Returns the opaque cursor of a sort key. */
export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

/** Returns the sort key of a cursor; throws BAD_USER_INPUT on a cursor this API did not make. */
export function decodeCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]{1,400}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith('k:')) {
    throw new GraphQLError(messages.invalidCursor, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
  }
  return text.slice(2);
}
