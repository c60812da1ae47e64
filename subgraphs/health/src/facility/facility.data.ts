import { CareLevel } from './care-level';

/** A facility of the reference seed. */
export interface FacilitySeed {
  code: string;
  name: string;
  level: CareLevel;
  territoryCode: string;
}

const P = CareLevel.PRIMER_NIVEL;
const S = CareLevel.SEGUNDO_NIVEL;
const T = CareLevel.TERCER_NIVEL;

/** What each level is called in the catalogue. */
export const KIND_BY_LEVEL: Readonly<Record<CareLevel, string>> = {
  [CareLevel.PRIMER_NIVEL]: 'Centro de salud',
  [CareLevel.SEGUNDO_NIVEL]: 'Hospital de segundo nivel',
  [CareLevel.TERCER_NIVEL]: 'Hospital de tercer nivel',
};

/**
 * Five facilities per department (one of tercer nivel, two of segundo, two of primer), in
 * department capitals except two in El Alto. Code: department digit, then a serial
 * (x00001 tercer nivel, x00002–x00003 segundo, x00010–x00011 primer).
 */
export const FACILITIES: readonly FacilitySeed[] = [
  { code: '100001', name: 'Hospital Santa Bárbara', level: T, territoryCode: '010101' },
  { code: '100002', name: 'Hospital Municipal Poconas', level: S, territoryCode: '010101' },
  { code: '100003', name: 'Hospital Municipal Lajastambo', level: S, territoryCode: '010101' },
  { code: '100010', name: 'Centro de Salud Villa Armonía', level: P, territoryCode: '010101' },
  { code: '100011', name: 'Centro de Salud Japón', level: P, territoryCode: '010101' },
  { code: '200001', name: 'Hospital de Clínicas', level: T, territoryCode: '020101' },
  { code: '200002', name: 'Hospital Municipal La Merced', level: S, territoryCode: '020101' },
  { code: '200003', name: 'Hospital Municipal Boliviano Holandés', level: S, territoryCode: '020105' },
  { code: '200010', name: 'Centro de Salud Senkata', level: P, territoryCode: '020105' },
  { code: '200011', name: 'Centro de Salud Villa Fátima', level: P, territoryCode: '020101' },
  { code: '300001', name: 'Hospital Clínico Viedma', level: T, territoryCode: '030101' },
  { code: '300002', name: 'Hospital Municipal Cochabamba', level: S, territoryCode: '030101' },
  { code: '300003', name: 'Hospital del Sud', level: S, territoryCode: '030101' },
  { code: '300010', name: 'Centro de Salud Alalay', level: P, territoryCode: '030101' },
  { code: '300011', name: 'Centro de Salud Villa Pagador', level: P, territoryCode: '030101' },
  { code: '400001', name: 'Hospital General San Juan de Dios', level: T, territoryCode: '040101' },
  { code: '400002', name: 'Hospital Oruro Corea', level: S, territoryCode: '040101' },
  { code: '400003', name: 'Hospital Barrios Mineros', level: S, territoryCode: '040101' },
  { code: '400010', name: 'Centro de Salud Walter Khon', level: P, territoryCode: '040101' },
  { code: '400011', name: 'Centro de Salud San Miguel', level: P, territoryCode: '040101' },
  { code: '500001', name: 'Hospital Daniel Bracamonte', level: T, territoryCode: '050101' },
  { code: '500002', name: 'Hospital Municipal San Roque', level: S, territoryCode: '050101' },
  { code: '500003', name: 'Hospital Municipal del Sud Potosí', level: S, territoryCode: '050101' },
  { code: '500010', name: 'Centro de Salud San Cristóbal', level: P, territoryCode: '050101' },
  { code: '500011', name: 'Centro de Salud Villa Venezuela', level: P, territoryCode: '050101' },
  { code: '600001', name: 'Hospital Regional San Juan de Dios', level: T, territoryCode: '060101' },
  { code: '600002', name: 'Hospital Municipal Dr. Rubén Zelaya', level: S, territoryCode: '060101' },
  { code: '600003', name: 'Hospital Materno Infantil Tarija', level: S, territoryCode: '060101' },
  { code: '600010', name: 'Centro de Salud Tabladita', level: P, territoryCode: '060101' },
  { code: '600011', name: 'Centro de Salud San Gerónimo', level: P, territoryCode: '060101' },
  { code: '700001', name: 'Hospital Universitario Japonés', level: T, territoryCode: '070101' },
  { code: '700002', name: 'Hospital Municipal Francés', level: S, territoryCode: '070101' },
  { code: '700003', name: 'Hospital Municipal Villa Primero de Mayo', level: S, territoryCode: '070101' },
  { code: '700010', name: 'Centro de Salud Plan Tres Mil', level: P, territoryCode: '070101' },
  { code: '700011', name: 'Centro de Salud Los Lotes', level: P, territoryCode: '070101' },
  { code: '800001', name: 'Hospital Presidente Germán Busch', level: T, territoryCode: '080101' },
  { code: '800002', name: 'Hospital Materno Infantil Boliviano Japonés', level: S, territoryCode: '080101' },
  { code: '800003', name: 'Hospital Municipal Pompeya', level: S, territoryCode: '080101' },
  { code: '800010', name: 'Centro de Salud Villa Marín', level: P, territoryCode: '080101' },
  { code: '800011', name: 'Centro de Salud Fátima', level: P, territoryCode: '080101' },
  { code: '900001', name: 'Hospital Roberto Galindo Terán', level: T, territoryCode: '090101' },
  { code: '900002', name: 'Hospital Municipal de Cobija', level: S, territoryCode: '090101' },
  { code: '900003', name: 'Hospital Materno Infantil Pando', level: S, territoryCode: '090101' },
  { code: '900010', name: 'Centro de Salud Villa Busch', level: P, territoryCode: '090101' },
  { code: '900011', name: 'Centro de Salud Mapajo', level: P, territoryCode: '090101' },
];
