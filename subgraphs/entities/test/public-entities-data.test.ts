import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePublicEntities } from '../src/public-entity/public-entity-data';
import { PublicEntityLevel } from '../src/public-entity/public-entity.model';
import { searchTextOf } from '../src/public-entity/public-entity.service';
import { normalizeSearchText } from '../src/public-entity/search-text';
import { parseTerritoryCsv } from '../src/territory/territory-csv';
import { TerritoryLevel } from '../src/territory/territory.model';

const dataDir = path.join(__dirname, '..', 'data');
const entities = parsePublicEntities(JSON.parse(readFileSync(path.join(dataDir, 'public-entities.json'), 'utf8')));
const territories = new Map(parseTerritoryCsv(readFileSync(path.join(dataDir, 'bolivia-territory.csv'), 'utf8')).map((t) => [t.code, t]));
const byCode = new Map(entities.map((e) => [e.code, e]));
const codesOf = (level: PublicEntityLevel) => entities.filter((e) => e.level === level).map((e) => e.code);

describe('data/public-entities.json', () => {
  it('lists 64 entities by level', () => {
    expect(entities).toHaveLength(64);
    const perLevel = Object.fromEntries(Object.values(PublicEntityLevel).map((level) => [level, codesOf(level).length]));
    expect(perLevel).toEqual({ central: 26, departmental: 9, municipal: 10, indigenous: 3, other_organ: 11, state_company: 5 });
  });

  it('has the 17 ministries of the Órgano Ejecutivo', () => {
    const ministries = entities.filter((e) => e.name.startsWith('Ministerio de')).map((e) => e.name);
    expect(ministries).toEqual([
      'Ministerio de la Presidencia',
      'Ministerio de Relaciones Exteriores',
      'Ministerio de Gobierno',
      'Ministerio de Defensa',
      'Ministerio de Justicia y Transparencia Institucional',
      'Ministerio de Economía y Finanzas Públicas',
      'Ministerio de Planificación del Desarrollo',
      'Ministerio de Hidrocarburos y Energías',
      'Ministerio de Minería y Metalurgia',
      'Ministerio de Desarrollo Productivo y Economía Plural',
      'Ministerio de Obras Públicas, Servicios y Vivienda',
      'Ministerio de Trabajo, Empleo y Previsión Social',
      'Ministerio de Salud y Deportes',
      'Ministerio de Educación',
      'Ministerio de Medio Ambiente y Agua',
      'Ministerio de Desarrollo Rural y Tierras',
      'Ministerio de Culturas, Descolonización y Despatriarcalización',
    ]);
    expect(entities.filter((e) => e.code.startsWith('MIN-')).every((e) => e.level === PublicEntityLevel.CENTRAL)).toBe(true);
  });

  it('has the entities the plan names, at their levels and seats', () => {
    const seats = Object.fromEntries(
      ['ADSIB', 'AGETIC', 'SEPREC', 'SIN', 'ANB', 'OJ', 'OEP', 'TSE', 'GESTORA', 'BCB', 'CGE', 'SEGIP', 'YPFB', 'ENDE', 'ENTEL', 'BOA', 'PGE'].map((code) => [
        code,
        `${byCode.get(code)?.level} ${byCode.get(code)?.territoryCode}`,
      ]),
    );
    expect(seats).toEqual({
      ADSIB: 'central 020101',
      AGETIC: 'central 020101',
      SEPREC: 'central 020101',
      SIN: 'central 020101',
      ANB: 'central 020101',
      OJ: 'other_organ 010101',
      OEP: 'other_organ 020101',
      TSE: 'other_organ 020101',
      GESTORA: 'state_company 020101',
      BCB: 'other_organ 020101',
      CGE: 'other_organ 020101',
      SEGIP: 'central 020101',
      YPFB: 'state_company 020101',
      ENDE: 'state_company 030101',
      ENTEL: 'state_company 020101',
      BOA: 'state_company 030101',
      PGE: 'other_organ 020105',
    });
  });

  it('places every entity in a territory of the INE list, at the right level', () => {
    for (const entity of entities) {
      const territory = territories.get(entity.territoryCode);
      expect([entity.code, territory ? 'known' : 'unknown']).toEqual([entity.code, 'known']);
      const expected = entity.level === PublicEntityLevel.DEPARTMENTAL ? TerritoryLevel.DEPARTMENT : TerritoryLevel.MUNICIPALITY;
      expect([entity.code, territory?.level]).toEqual([entity.code, expected]);
    }
    expect(codesOf(PublicEntityLevel.DEPARTMENTAL).map((code) => byCode.get(code)?.territoryCode)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    expect(codesOf(PublicEntityLevel.MUNICIPAL)).toEqual([
      'GAM-010101',
      'GAM-020101',
      'GAM-020105',
      'GAM-030101',
      'GAM-040101',
      'GAM-050101',
      'GAM-060101',
      'GAM-070101',
      'GAM-080101',
      'GAM-090101',
    ]);
    expect(codesOf(PublicEntityLevel.INDIGENOUS).map((code) => territories.get(byCode.get(code)!.territoryCode)?.isIndigenousAutonomy)).toEqual([true, true, true]);
  });

  it('refuses malformed items, naming them', () => {
    const good = { code: 'X1', name: 'Entidad', acronym: null, level: 'central', territoryCode: '020101' };
    expect(() => parsePublicEntities({})).toThrow('must hold a JSON array');
    expect(() => parsePublicEntities([{ ...good, code: 'x1' }])).toThrow('item 0: bad code "x1"');
    expect(() => parsePublicEntities([good, good])).toThrow('item 1: duplicate code X1');
    expect(() => parsePublicEntities([{ ...good, level: 'federal' }])).toThrow('item 0 (X1): unknown level "federal"');
    expect(() => parsePublicEntities([{ ...good, territoryCode: '2' }])).toThrow('item 0 (X1): bad territoryCode');
    expect(() => parsePublicEntities([{ ...good, acronym: '' }])).toThrow('item 0 (X1): acronym must be null');
  });
});

describe('normalizeSearchText', () => {
  it('drops case, accents and extra spaces', () => {
    expect(normalizeSearchText('  Ministerio de   EDUCACIÓN ')).toBe('ministerio de educacion');
    expect(normalizeSearchText('Ñandú Güemes')).toBe('nandu guemes');
    expect(searchTextOf({ name: 'Ministerio de Salud y Deportes', acronym: 'MSyD' })).toBe('ministerio de salud y deportes msyd');
    expect(searchTextOf({ name: 'Defensoría del Pueblo', acronym: null })).toBe('defensoria del pueblo');
  });
});
