import { InstitutionKind } from './institution-kind';

/** An educational institution of the reference seed. */
export interface InstitutionSeed {
  code: string;
  name: string;
  kind: InstitutionKind;
  /** INE municipality code. */
  territoryCode: string;
}

const { SCHOOL, TECHNICAL_INSTITUTE, UNIVERSITY } = InstitutionKind;

/**
 * The institutions seeded in every database: at least one school, one institute and one
 * university in each of the 9 departments (capitals), plus El Alto. Schools use 8-digit
 * SIE-like codes `8<DD>1000<n>`; `80730001` is fixed (the demo citizen's school).
 */
export const INSTITUTIONS: readonly InstitutionSeed[] = Object.freeze([
  // 01 Chuquisaca — Sucre
  { code: '80110001', name: 'Unidad Educativa Junín', kind: SCHOOL, territoryCode: '010101' },
  { code: '80110002', name: 'Unidad Educativa Sagrado Corazón', kind: SCHOOL, territoryCode: '010101' },
  { code: 'ITSUC', name: 'Instituto Tecnológico Sucre', kind: TECHNICAL_INSTITUTE, territoryCode: '010101' },
  { code: 'USFX', name: 'Universidad Mayor Real y Pontificia de San Francisco Xavier de Chuquisaca', kind: UNIVERSITY, territoryCode: '010101' },
  // 02 La Paz — La Paz, El Alto
  { code: '80730001', name: 'Unidad Educativa Ayacucho', kind: SCHOOL, territoryCode: '020101' },
  { code: '80210001', name: 'Unidad Educativa Bolivia', kind: SCHOOL, territoryCode: '020101' },
  { code: '80210002', name: 'Unidad Educativa Villa Adela', kind: SCHOOL, territoryCode: '020105' },
  { code: 'ITLPZ', name: 'Instituto Tecnológico Industrial La Paz', kind: TECHNICAL_INSTITUTE, territoryCode: '020101' },
  { code: 'UMSA', name: 'Universidad Mayor de San Andrés', kind: UNIVERSITY, territoryCode: '020101' },
  { code: 'UPEA', name: 'Universidad Pública de El Alto', kind: UNIVERSITY, territoryCode: '020105' },
  // 03 Cochabamba
  { code: '80310001', name: 'Unidad Educativa Sucre', kind: SCHOOL, territoryCode: '030101' },
  { code: '80310002', name: 'Unidad Educativa Federico Blanco', kind: SCHOOL, territoryCode: '030101' },
  { code: 'ITCBA', name: 'Instituto Tecnológico Cochabamba', kind: TECHNICAL_INSTITUTE, territoryCode: '030101' },
  { code: 'UMSS', name: 'Universidad Mayor de San Simón', kind: UNIVERSITY, territoryCode: '030101' },
  // 04 Oruro
  { code: '80410001', name: 'Unidad Educativa Juan Misael Saracho', kind: SCHOOL, territoryCode: '040101' },
  { code: '80410002', name: 'Unidad Educativa Bolívar', kind: SCHOOL, territoryCode: '040101' },
  { code: 'ITORU', name: 'Instituto Tecnológico Oruro', kind: TECHNICAL_INSTITUTE, territoryCode: '040101' },
  { code: 'UTO', name: 'Universidad Técnica de Oruro', kind: UNIVERSITY, territoryCode: '040101' },
  // 05 Potosí
  { code: '80510001', name: 'Unidad Educativa Pichincha', kind: SCHOOL, territoryCode: '050101' },
  { code: '80510002', name: 'Unidad Educativa Santa Rosa', kind: SCHOOL, territoryCode: '050101' },
  { code: 'ITPOT', name: 'Instituto Tecnológico Potosí', kind: TECHNICAL_INSTITUTE, territoryCode: '050101' },
  { code: 'UATF', name: 'Universidad Autónoma Tomás Frías', kind: UNIVERSITY, territoryCode: '050101' },
  // 06 Tarija
  { code: '80610001', name: 'Unidad Educativa San Luis', kind: SCHOOL, territoryCode: '060101' },
  { code: '80610002', name: 'Unidad Educativa Eustaquio Méndez', kind: SCHOOL, territoryCode: '060101' },
  { code: 'ITTAR', name: 'Instituto Tecnológico Tarija', kind: TECHNICAL_INSTITUTE, territoryCode: '060101' },
  { code: 'UAJMS', name: 'Universidad Autónoma Juan Misael Saracho', kind: UNIVERSITY, territoryCode: '060101' },
  // 07 Santa Cruz
  { code: '80710001', name: 'Unidad Educativa Florida', kind: SCHOOL, territoryCode: '070101' },
  { code: '80710002', name: 'Unidad Educativa Nacional Florida', kind: SCHOOL, territoryCode: '070101' },
  { code: 'ITSCZ', name: 'Instituto Tecnológico Santa Cruz', kind: TECHNICAL_INSTITUTE, territoryCode: '070101' },
  { code: 'UAGRM', name: 'Universidad Autónoma Gabriel René Moreno', kind: UNIVERSITY, territoryCode: '070101' },
  // 08 Beni
  { code: '80810001', name: 'Unidad Educativa 6 de Agosto', kind: SCHOOL, territoryCode: '080101' },
  { code: '80810002', name: 'Unidad Educativa Mamoré', kind: SCHOOL, territoryCode: '080101' },
  { code: 'ITBEN', name: 'Instituto Tecnológico Beni', kind: TECHNICAL_INSTITUTE, territoryCode: '080101' },
  { code: 'UABJB', name: 'Universidad Autónoma del Beni José Ballivián', kind: UNIVERSITY, territoryCode: '080101' },
  // 09 Pando
  { code: '80910001', name: 'Unidad Educativa Nicolás Suárez', kind: SCHOOL, territoryCode: '090101' },
  { code: '80910002', name: 'Unidad Educativa Cobija', kind: SCHOOL, territoryCode: '090101' },
  { code: 'ITPAN', name: 'Instituto Tecnológico Pando', kind: TECHNICAL_INSTITUTE, territoryCode: '090101' },
  { code: 'UAP', name: 'Universidad Amazónica de Pando', kind: UNIVERSITY, territoryCode: '090101' },
]);

/** Returns the institutions of `kind` in department `departmentCode` (seed lookups). */
export function institutionsOf(departmentCode: string, kind: InstitutionKind): InstitutionSeed[] {
  return INSTITUTIONS.filter((institution) => institution.kind === kind && institution.territoryCode.startsWith(departmentCode));
}
