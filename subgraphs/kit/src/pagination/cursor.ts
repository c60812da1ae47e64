import { badUserInput } from '../errors/bad-user-input';
import { messages } from '../messages';

/** Returns the opaque cursor of a sort key. */
export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

/**
 * Returns the sort key of a cursor (null for no cursor); throws BAD_USER_INPUT on a
 * cursor this API did not make, or whose key `isValidKey` refuses.
 */
export function decodeCursor(cursor: string | null | undefined, isValidKey: (key: string) => boolean = () => true): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = /^[A-Za-z0-9_-]{1,400}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith('k:') || !isValidKey(text.slice(2))) throw badUserInput(messages.invalidCursor, 'after');
  return text.slice(2);
}
