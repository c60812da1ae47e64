import { isTerritoryCode } from '../territory/territory.model';
import { isPublicEntityCode, isPublicEntityLevel, type PublicEntityRecord } from './public-entity.model';

/**
 * Returns the entities of `public-entities.json` (already JSON-parsed) in file order.
 * Throws when an item is malformed or a code repeats, naming the item.
 */
export function parsePublicEntities(data: unknown): PublicEntityRecord[] {
  if (!Array.isArray(data)) throw new Error('public entities: the file must hold a JSON array');
  const seen = new Set<string>();
  return data.map((item: unknown, index) => {
    const where = `public entities item ${index}`;
    if (typeof item !== 'object' || item === null) throw new Error(`${where}: not an object`);
    const { code, name, acronym, level, territoryCode } = item as Record<string, unknown>;
    if (typeof code !== 'string' || !isPublicEntityCode(code)) throw new Error(`${where}: bad code ${JSON.stringify(code)}`);
    if (seen.has(code)) throw new Error(`${where}: duplicate code ${code}`);
    if (typeof name !== 'string' || name.trim() === '' || name.length > 255) throw new Error(`${where} (${code}): bad name`);
    if (acronym !== null && (typeof acronym !== 'string' || acronym.trim() === '' || acronym.length > 32)) {
      throw new Error(`${where} (${code}): acronym must be null or a non-empty string of at most 32 characters`);
    }
    if (!isPublicEntityLevel(level)) throw new Error(`${where} (${code}): unknown level ${JSON.stringify(level)}`);
    if (typeof territoryCode !== 'string' || !isTerritoryCode(territoryCode)) throw new Error(`${where} (${code}): bad territoryCode`);
    seen.add(code);
    return { code, name, acronym, level, territoryCode };
  });
}
