import { badUserInput, decodeCursor } from '@egob/subgraph-kit';
import { messages } from './messages';
import { isPublicEntityCode } from './public-entity/public-entity.model';
import { isTerritoryCode } from './territory/territory.model';

/** Longest search text accepted (longer than any entity name). */
export const MAX_SEARCH_LENGTH = 100;

/** Throws BAD_USER_INPUT unless `code` is a well-formed INE territory code. */
export function assertTerritoryCode(code: string, argumentName: string): void {
  if (!isTerritoryCode(code)) throw badUserInput(messages.invalidTerritoryCode(argumentName), argumentName);
}

/** Throws BAD_USER_INPUT unless `code` is a well-formed public entity code. */
export function assertPublicEntityCode(code: string, argumentName: string): void {
  if (!isPublicEntityCode(code)) throw badUserInput(messages.invalidPublicEntityCode(argumentName), argumentName);
}

/** Throws BAD_USER_INPUT when the search text is too long. */
export function assertSearch(search: string | null): void {
  if (search !== null && search.length > MAX_SEARCH_LENGTH) throw badUserInput(messages.searchTooLong(MAX_SEARCH_LENGTH), 'search');
}

/** Returns the public entity code a cursor points after; throws BAD_USER_INPUT on a cursor this API did not make. */
export function decodePublicEntityCursor(after: string | null): string | null {
  return decodeCursor(after, isPublicEntityCode);
}
