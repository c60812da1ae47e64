import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv, parseTerritoryCsv } from '../src/territory/territory-csv';
import { TerritoryLevel } from '../src/territory/territory.model';

const csv = readFileSync(path.join(__dirname, '..', 'data', 'bolivia-territory.csv'), 'utf8');

describe('parseCsv (RFC 4180)', () => {
  it('reads plain, quoted and escaped fields', () => {
    expect(parseCsv('a,b,c\n1,"Colcha ""K""",x\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'Colcha "K"', 'x'],
    ]);
  });

  it('keeps commas and line breaks inside quotes as data', () => {
    expect(parseCsv('"a,b","line 1\nline 2",c\r\nd,,""\r\n')).toEqual([
      ['a,b', 'line 1\nline 2', 'c'],
      ['d', '', ''],
    ]);
  });

  it('accepts CRLF, a BOM and a missing final line break', () => {
    expect(parseCsv('\uFEFFx,y\r\n1,2')).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ]);
    expect(parseCsv('x,\n')).toEqual([['x', '']]);
    expect(parseCsv('"q"')).toEqual([['q']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('refuses stray and unterminated quotes, naming the line', () => {
    expect(() => parseCsv('a,b\nc,"open\n')).toThrow('CSV line 2: unterminated quoted field');
    expect(() => parseCsv('a,b\nc,d"e\n')).toThrow('CSV line 2: a quote inside an unquoted field');
    expect(() => parseCsv('a\n"b"c\n')).toThrow('CSV line 2: unexpected character after a closing quote');
  });
});

describe('parseTerritoryCsv on data/bolivia-territory.csv', () => {
  const territories = parseTerritoryCsv(csv);
  const byCode = new Map(territories.map((t) => [t.code, t]));
  const count = (level: TerritoryLevel) => territories.filter((t) => t.level === level).length;

  it('has 9 departments, 113 provinces and 343 municipal-level units', () => {
    expect(count(TerritoryLevel.DEPARTMENT)).toBe(9);
    expect(count(TerritoryLevel.PROVINCE)).toBe(113);
    expect(count(TerritoryLevel.MUNICIPALITY)).toBe(343);
    expect(territories).toHaveLength(465);
  });

  it('unquotes the two names with quotes in them', () => {
    expect(byCode.get('050901')).toEqual({
      code: '050901',
      name: 'Colcha "K"',
      level: TerritoryLevel.MUNICIPALITY,
      parentCode: '0509',
      departmentCode: '05',
      isIndigenousAutonomy: false,
    });
    expect(byCode.get('051102')?.name).toBe('Caiza "D"');
  });

  it('links every unit to its parent and department', () => {
    expect(byCode.get('02')).toMatchObject({ name: 'La Paz', parentCode: null, departmentCode: '02' });
    expect(byCode.get('0201')).toMatchObject({ name: 'Murillo', parentCode: '02', departmentCode: '02' });
    expect(byCode.get('020105')).toMatchObject({ name: 'El Alto', parentCode: '0201', departmentCode: '02' });
  });

  it('counts the municipal-level units of each department as the data README says', () => {
    const perDepartment: Record<string, number> = {};
    for (const t of territories) {
      if (t.level === TerritoryLevel.MUNICIPALITY) perDepartment[t.departmentCode] = (perDepartment[t.departmentCode] ?? 0) + 1;
    }
    expect(perDepartment).toEqual({ '01': 29, '02': 87, '03': 48, '04': 35, '05': 42, '06': 11, '07': 56, '08': 20, '09': 15 });
  });

  it('marks exactly the 3 TIOC as indigenous autonomies', () => {
    expect(territories.filter((t) => t.isIndigenousAutonomy).map((t) => t.code)).toEqual(['031304', '051204', '080901']);
  });

  it('refuses a file whose header, codes or parent links are wrong', () => {
    expect(() => parseTerritoryCsv('level,code,name\n')).toThrow('the header must be level,code,name,parent_code');
    expect(() => parseTerritoryCsv('level,code,name,parent_code\ndepartment,1,Chuquisaca,\n')).toThrow('line 2: bad code "1"');
    expect(() => parseTerritoryCsv('level,code,name,parent_code\ndepartment,01,Chuquisaca,\nprovince,0101,Oropeza,02\n')).toThrow(
      'line 3: the parent of 0101 must be 01',
    );
    expect(() => parseTerritoryCsv('level,code,name,parent_code\nprovince,0101,Oropeza,01\n')).toThrow('line 2: parent 01 is not listed before 0101');
    expect(() => parseTerritoryCsv('level,code,name,parent_code\nregion,01,X,\n')).toThrow('line 2: unknown level "region"');
  });
});
