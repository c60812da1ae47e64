import { EmployerKind } from './employer/employer.type';
import { KNOWN_ENTITY_NAMES, type EmployerRecord } from './employer/employer';

/** A fixed demo posting. */
export interface SeedPosting {
  employer: EmployerRecord;
  territoryCode: string;
  title: string;
  requiredTitle: string | null;
  minimumExperienceMonths: number;
  open: boolean;
}

/** Returns a public entity employer of the demo data. */
export function publicEmployer(code: string): EmployerRecord {
  return { kind: EmployerKind.PUBLIC_ENTITY, entityCode: code, nit: null, name: KNOWN_ENTITY_NAMES[code] ?? code };
}

/** Returns a (fictitious) company employer of the demo data. */
export function company(nit: string, name: string): EmployerRecord {
  return { kind: EmployerKind.COMPANY, entityCode: null, nit, name };
}

/** Public entities that employ demo citizens. */
export const SEED_PUBLIC_EMPLOYERS = [
  'MIN-SALUD', 'MIN-EDUCACION', 'MIN-TRABAJO', 'MIN-ECONOMIA', 'GAM-020101', 'GAM-020105', 'GAM-030101', 'GAM-070101', 'GAM-010101',
  'YPFB', 'ENTEL', 'BOA', 'ENDE', 'CNS',
].map(publicEmployer);

/** Fictitious companies (NITs of the demo data only). */
export const SEED_COMPANIES = [
  company('1023456021', 'Soluciones Andinas S.R.L.'),
  company('1020304027', 'Textiles Illimani S.A.'),
  company('1029384756', 'Agroindustrias del Valle S.R.L.'),
  company('1045678012', 'Minera Cerro Azul S.A.'),
  company('1067890134', 'Comercial Oriente S.R.L.'),
  company('1078901245', 'Frigorífico Chiquitano S.A.'),
  company('1089012356', 'Ganadera del Mamoré S.R.L.'),
  company('1090123467', 'Castañera Amazónica S.A.'),
  company('1012345678', 'Constructora Altiplano Ltda.'),
  company('1034567890', 'Panificadora La Espiga S.R.L.'),
];

/** Positions of the demo employments. */
export const SEED_POSITIONS = [
  'Auxiliar administrativo', 'Técnico en sistemas', 'Contador', 'Secretaria', 'Chofer', 'Enfermera', 'Médico general', 'Maestro de secundaria',
  'Vendedor', 'Operario de producción', 'Ingeniero civil', 'Técnico electricista', 'Cajero', 'Asistente legal', 'Analista financiero',
  'Guardia de seguridad', 'Mensajero', 'Recepcionista', 'Supervisor de obra', 'Técnico agrónomo',
];

/** Desired positions of the demo job profiles. */
export const SEED_DESIRED_POSITIONS = [
  'Analista de sistemas', 'Auxiliar contable', 'Técnico en redes', 'Asistente administrativo', 'Vendedor', 'Chofer', 'Enfermera',
  'Ingeniero civil', 'Operario de producción', 'Técnico electricista', 'Contador', 'Maestra de primaria', 'Agente de atención al cliente',
];

/** Skills of the demo job profiles. */
export const SEED_SKILLS = [
  'Excel', 'SQL', 'Redes', 'Atención al público', 'Contabilidad', 'Licencia de conducir categoría B', 'Primeros auxilios', 'AutoCAD',
  'Soporte técnico', 'Ventas', 'Inglés', 'Aymara', 'Quechua', 'Guaraní', 'Electricidad', 'Trabajo en equipo',
];

/** The demo postings, in insertion order (ids 1…34): 4 closed, then 30 open across the 9 departments. */
export const SEED_POSTINGS: readonly SeedPosting[] = [
  { employer: publicEmployer('GAM-020101'), territoryCode: '020101', title: 'Secretaria ejecutiva', requiredTitle: 'TECNICO_MEDIO', minimumExperienceMonths: 12, open: false },
  { employer: publicEmployer('MIN-SALUD'), territoryCode: '020101', title: 'Bioquímico', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 24, open: false },
  { employer: publicEmployer('GAM-070101'), territoryCode: '070101', title: 'Topógrafo', requiredTitle: 'TECNICO_SUPERIOR', minimumExperienceMonths: 12, open: false },
  { employer: publicEmployer('ENTEL'), territoryCode: '030101', title: 'Analista de datos', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 24, open: false },
  { employer: publicEmployer('GAM-020101'), territoryCode: '020101', title: 'Analista de sistemas', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 24, open: true },
  { employer: publicEmployer('GAM-020101'), territoryCode: '020101', title: 'Técnico en redes', requiredTitle: 'TECNICO_SUPERIOR', minimumExperienceMonths: 12, open: true },
  { employer: publicEmployer('GAM-020101'), territoryCode: '020101', title: 'Asistente administrativo', requiredTitle: null, minimumExperienceMonths: 0, open: true },
  { employer: publicEmployer('MIN-TRABAJO'), territoryCode: '020101', title: 'Inspector de trabajo', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 36, open: true },
  { employer: publicEmployer('ENTEL'), territoryCode: '020101', title: 'Técnico de soporte', requiredTitle: 'TECNICO_MEDIO', minimumExperienceMonths: 6, open: true },
  { employer: publicEmployer('GAM-020105'), territoryCode: '020105', title: 'Auxiliar contable', requiredTitle: 'TECNICO_MEDIO', minimumExperienceMonths: 12, open: true },
  { employer: company('1020304027', 'Textiles Illimani S.A.'), territoryCode: '020105', title: 'Operario de producción', requiredTitle: null, minimumExperienceMonths: 0, open: true },
  { employer: publicEmployer('BOA'), territoryCode: '030101', title: 'Agente de atención al cliente', requiredTitle: 'BACHILLER', minimumExperienceMonths: 0, open: true },
  { employer: publicEmployer('GAM-030101'), territoryCode: '030101', title: 'Ingeniero civil', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 48, open: true },
  { employer: company('1029384756', 'Agroindustrias del Valle S.R.L.'), territoryCode: '030101', title: 'Técnico agrónomo', requiredTitle: 'TECNICO_SUPERIOR', minimumExperienceMonths: 24, open: true },
  { employer: publicEmployer('GAM-010101'), territoryCode: '010101', title: 'Analista de presupuesto', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 24, open: true },
  { employer: publicEmployer('MIN-EDUCACION'), territoryCode: '010101', title: 'Maestra de primaria', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 0, open: true },
  { employer: publicEmployer('GAM-040101'), territoryCode: '040101', title: 'Chofer', requiredTitle: 'BACHILLER', minimumExperienceMonths: 24, open: true },
  { employer: company('1045678012', 'Minera Cerro Azul S.A.'), territoryCode: '040101', title: 'Técnico en seguridad industrial', requiredTitle: 'TECNICO_SUPERIOR', minimumExperienceMonths: 36, open: true },
  { employer: publicEmployer('GAM-050101'), territoryCode: '050101', title: 'Arquitecto', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 24, open: true },
  { employer: company('1056789023', 'Cooperativa Minera Kari Kari Ltda.'), territoryCode: '050101', title: 'Ayudante de mina', requiredTitle: null, minimumExperienceMonths: 0, open: true },
  { employer: publicEmployer('MIN-SALUD'), territoryCode: '060101', title: 'Enfermera de salud familiar', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 12, open: true },
  { employer: publicEmployer('YPFB'), territoryCode: '060101', title: 'Ingeniero petrolero', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 60, open: true },
  { employer: publicEmployer('GAM-060101'), territoryCode: '060101', title: 'Promotor turístico', requiredTitle: 'TECNICO_MEDIO', minimumExperienceMonths: 0, open: true },
  { employer: publicEmployer('GAM-070101'), territoryCode: '070101', title: 'Desarrollador de software', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 24, open: true },
  { employer: publicEmployer('YPFB'), territoryCode: '070101', title: 'Técnico de mantenimiento', requiredTitle: 'TECNICO_SUPERIOR', minimumExperienceMonths: 24, open: true },
  { employer: company('1067890134', 'Comercial Oriente S.R.L.'), territoryCode: '070101', title: 'Vendedor', requiredTitle: 'BACHILLER', minimumExperienceMonths: 6, open: true },
  { employer: company('1078901245', 'Frigorífico Chiquitano S.A.'), territoryCode: '070101', title: 'Auxiliar de almacén', requiredTitle: null, minimumExperienceMonths: 0, open: true },
  { employer: publicEmployer('ENDE'), territoryCode: '070101', title: 'Electricista', requiredTitle: 'TECNICO_MEDIO', minimumExperienceMonths: 12, open: true },
  { employer: publicEmployer('GAM-080101'), territoryCode: '080101', title: 'Técnico en sistemas', requiredTitle: 'TECNICO_SUPERIOR', minimumExperienceMonths: 12, open: true },
  { employer: publicEmployer('MIN-SALUD'), territoryCode: '080101', title: 'Médico general', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 12, open: true },
  { employer: company('1089012356', 'Ganadera del Mamoré S.R.L.'), territoryCode: '080101', title: 'Capataz de estancia', requiredTitle: null, minimumExperienceMonths: 36, open: true },
  { employer: publicEmployer('GAM-090101'), territoryCode: '090101', title: 'Contador', requiredTitle: 'LICENCIATURA', minimumExperienceMonths: 24, open: true },
  { employer: company('1090123467', 'Castañera Amazónica S.A.'), territoryCode: '090101', title: 'Operario de planta', requiredTitle: null, minimumExperienceMonths: 0, open: true },
  { employer: publicEmployer('BOA'), territoryCode: '090101', title: 'Técnico aeronáutico', requiredTitle: 'TECNICO_SUPERIOR', minimumExperienceMonths: 24, open: true },
];

/** Publication and closing dates of the demo postings: open ones close at the end of 2027. */
export const SEED_OPEN_DATES = { publishedOn: '2026-11-02', closesOn: '2027-12-31' } as const;
export const SEED_CLOSED_DATES = { publishedOn: '2025-03-03', closesOn: '2025-03-31' } as const;
