import { CaseMatter } from './case-matter.enum';

/** A court of the demo catalogue. */
export interface CourtRecord {
  code: string;
  name: string;
  matter: CaseMatter;
  /** INE code of the municipality of its seat. */
  territoryCode: string;
}

/** The nine department capitals: code prefix, name in court names, INE municipality. */
const CAPITALS = [
  { prefix: 'CHQ', city: 'Sucre', territoryCode: '010101' },
  { prefix: 'LPZ', city: 'La Paz', territoryCode: '020101' },
  { prefix: 'CBB', city: 'Cochabamba', territoryCode: '030101' },
  { prefix: 'ORU', city: 'Oruro', territoryCode: '040101' },
  { prefix: 'PTS', city: 'Potosí', territoryCode: '050101' },
  { prefix: 'TJA', city: 'Tarija', territoryCode: '060101' },
  { prefix: 'SCZ', city: 'Santa Cruz de la Sierra', territoryCode: '070101' },
  { prefix: 'BEN', city: 'Trinidad', territoryCode: '080101' },
  { prefix: 'PAN', city: 'Cobija', territoryCode: '090101' },
] as const;

/** Per matter: code segment, court name before the ordinal, and how many courts in large / other capitals. */
const MATTERS: ReadonlyArray<{ matter: CaseMatter; segment: string; title: string; large: number; other: number }> = [
  { matter: CaseMatter.CIVIL, segment: 'CIV', title: 'Juzgado Público Civil y Comercial', large: 3, other: 2 },
  { matter: CaseMatter.FAMILIA, segment: 'FAM', title: 'Juzgado Público de Familia', large: 2, other: 1 },
  { matter: CaseMatter.PENAL, segment: 'PEN', title: 'Juzgado de Instrucción Penal', large: 2, other: 2 },
  { matter: CaseMatter.LABORAL, segment: 'TRA', title: 'Juzgado Público del Trabajo y Seguridad Social', large: 1, other: 1 },
  { matter: CaseMatter.ADMINISTRATIVO, segment: 'ADM', title: 'Juzgado Público Administrativo, Coactivo Fiscal y Tributario', large: 1, other: 1 },
  { matter: CaseMatter.NINEZ_ADOLESCENCIA, segment: 'NNA', title: 'Juzgado Público de la Niñez y Adolescencia', large: 1, other: 1 },
  { matter: CaseMatter.AGRARIO, segment: 'AGR', title: 'Juzgado Agroambiental', large: 1, other: 1 },
];

/** The capitals with more courts (the three largest cities). */
const LARGE = new Set(['LPZ', 'CBB', 'SCZ']);

/**
 * Returns the demo catalogue of courts, sorted by code: 11 in La Paz, Cochabamba and Santa
 * Cruz, 9 in each other capital (87 in all), e.g. LPZ-CIV-03 "Juzgado Público Civil y Comercial 3° de La Paz".
 */
export function courtCatalogue(): CourtRecord[] {
  const courts: CourtRecord[] = [];
  for (const capital of CAPITALS) {
    for (const matter of MATTERS) {
      const count = LARGE.has(capital.prefix) ? matter.large : matter.other;
      for (let ordinal = 1; ordinal <= count; ordinal++) {
        courts.push({
          code: `${capital.prefix}-${matter.segment}-${String(ordinal).padStart(2, '0')}`,
          name: `${matter.title} ${ordinal}° de ${capital.city}`,
          matter: matter.matter,
          territoryCode: capital.territoryCode,
        });
      }
    }
  }
  return courts.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
