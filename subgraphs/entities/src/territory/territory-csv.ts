import { isTerritoryCode, levelOfCode, parentCodeOf, TerritoryLevel, type TerritoryRecord } from './territory.model';

/** The header `bolivia-territory.csv` must have. */
export const TERRITORY_CSV_HEADER = ['level', 'code', 'name', 'parent_code'] as const;

/** Names of the indigenous autonomies (TIOC) start with this prefix in the INE's list. */
const INDIGENOUS_AUTONOMY_PREFIX = 'TIOC-';

/**
 * Returns the records of an RFC 4180 CSV text: fields separated by commas, records by
 * CRLF or LF, fields optionally quoted with `"` (inside quotes `""` is one quote and
 * commas and line breaks are data). A leading BOM and a final line break are ignored.
 * Throws on a stray or unterminated quote, naming the line.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // True right after a closing quote: only a separator or the end of the record may follow.
  let closedQuote = false;
  let quotedFieldLine = 0;
  let inQuotes = false;
  const endField = () => {
    record.push(field);
    field = '';
    closedQuote = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          closedQuote = true;
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === ',') {
      endField();
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      if (char === '\r') i++;
      endRecord();
      line++;
    } else if (closedQuote) {
      throw new Error(`CSV line ${line}: unexpected character after a closing quote`);
    } else if (char === '"') {
      if (field !== '') throw new Error(`CSV line ${line}: a quote inside an unquoted field`);
      inQuotes = true;
      quotedFieldLine = line;
    } else {
      field += char;
    }
  }
  if (inQuotes) throw new Error(`CSV line ${quotedFieldLine}: unterminated quoted field`);
  // A final line break ends the last record; without one the last record ends here.
  if (field !== '' || record.length > 0 || closedQuote) endRecord();
  return records;
}

/**
 * Returns the territories of `bolivia-territory.csv` in file order (departments, then
 * provinces, then municipalities). Throws when the header, a level, a code or a parent
 * link is not what the file's README promises, naming the line.
 */
export function parseTerritoryCsv(text: string): TerritoryRecord[] {
  const [header, ...rows] = parseCsv(text);
  if (!header || header.join(',') !== TERRITORY_CSV_HEADER.join(',')) {
    throw new Error(`territory CSV: the header must be ${TERRITORY_CSV_HEADER.join(',')}`);
  }
  const levels = new Set<string>(Object.values(TerritoryLevel));
  const seen = new Set<string>();
  return rows.map((row, index) => {
    const line = index + 2;
    if (row.length !== TERRITORY_CSV_HEADER.length) throw new Error(`territory CSV line ${line}: expected 4 fields, found ${row.length}`);
    const [level, code, name, parentCode] = row as [string, string, string, string];
    if (!levels.has(level)) throw new Error(`territory CSV line ${line}: unknown level "${level}"`);
    if (!isTerritoryCode(code) || levelOfCode(code) !== level) throw new Error(`territory CSV line ${line}: bad code "${code}" for level ${level}`);
    if (seen.has(code)) throw new Error(`territory CSV line ${line}: duplicate code ${code}`);
    const expectedParent = parentCodeOf(code);
    if ((parentCode === '' ? null : parentCode) !== expectedParent) {
      throw new Error(`territory CSV line ${line}: the parent of ${code} must be ${expectedParent ?? 'empty'}`);
    }
    if (expectedParent !== null && !seen.has(expectedParent)) throw new Error(`territory CSV line ${line}: parent ${expectedParent} is not listed before ${code}`);
    if (name.trim() === '') throw new Error(`territory CSV line ${line}: empty name`);
    seen.add(code);
    return {
      code,
      name,
      level: level as TerritoryLevel,
      parentCode: expectedParent,
      departmentCode: code.slice(0, 2),
      isIndigenousAutonomy: level === TerritoryLevel.MUNICIPALITY && name.startsWith(INDIGENOUS_AUTONOMY_PREFIX),
    };
  });
}
