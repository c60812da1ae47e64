/**
 * Returns `text` lower-cased, without accents or other combining marks, with runs of
 * white space as one space: what the `search_text` column stores and what a search
 * term is compared with, so that search behaves the same on SQLite and MariaDB
 * (whose collations differ in case and accent sensitivity).
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
