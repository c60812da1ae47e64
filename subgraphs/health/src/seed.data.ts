/** A clinical case the seed draws encounters from. */
export interface SeedCase {
  reason: string;
  diagnoses: string[];
  prescriptions: Array<{ medication: string; dose: string; frequency: string; durationDays: number }>;
  notes: string;
}

/** The demo citizen's two encounters at the Hospital de Clínicas (200001), oldest first (the README lists them). */
export const DEMO_ENCOUNTERS: ReadonlyArray<SeedCase & { occurredAt: string }> = [
  {
    occurredAt: '2024-03-18T13:30:00.000Z',
    reason: 'Fiebre, tos y dolor de garganta de tres días',
    diagnoses: ['J06.9'],
    prescriptions: [{ medication: 'Paracetamol 500 mg', dose: '1 comprimido', frequency: 'cada 8 horas', durationDays: 3 }],
    notes: 'Reposo e hidratación. Volver si la fiebre persiste más de 48 horas.',
  },
  {
    occurredAt: '2025-01-22T15:00:00.000Z',
    reason: 'Control de presión arterial',
    diagnoses: ['I10'],
    prescriptions: [{ medication: 'Enalapril 10 mg', dose: '1 comprimido', frequency: 'cada 24 horas', durationDays: 30 }],
    notes: 'Presión 150/95 mmHg. Dieta hiposódica y actividad física.',
  },
];

/** The demo citizen's follow-up of her second encounter. */
export const DEMO_FOLLOW_UP = { dueDate: '2027-07-22', notes: 'Control de presión arterial y ajuste de dosis.' } as const;

const para = { medication: 'Paracetamol 500 mg', dose: '1 comprimido', frequency: 'cada 8 horas', durationDays: 3 };

/** Frequent primary-care cases (Spanish, ICD-10). */
export const SEED_CASES: readonly SeedCase[] = [
  { reason: 'Tos y congestión nasal', diagnoses: ['J00'], prescriptions: [para], notes: '' },
  { reason: 'Dolor de garganta y fiebre', diagnoses: ['J02.9'], prescriptions: [para, { medication: 'Amoxicilina 500 mg', dose: '1 cápsula', frequency: 'cada 8 horas', durationDays: 7 }], notes: '' },
  { reason: 'Diarrea de dos días', diagnoses: ['A09'], prescriptions: [{ medication: 'Sales de rehidratación oral', dose: '1 sobre en 1 litro de agua', frequency: 'a libre demanda', durationDays: 3 }], notes: 'Signos de alarma explicados.' },
  { reason: 'Ardor al orinar', diagnoses: ['N39.0'], prescriptions: [{ medication: 'Nitrofurantoína 100 mg', dose: '1 cápsula', frequency: 'cada 12 horas', durationDays: 5 }], notes: '' },
  { reason: 'Dolor lumbar', diagnoses: ['M54.5'], prescriptions: [{ medication: 'Ibuprofeno 400 mg', dose: '1 comprimido', frequency: 'cada 8 horas', durationDays: 5 }], notes: '' },
  { reason: 'Control de diabetes', diagnoses: ['E11.9'], prescriptions: [{ medication: 'Metformina 850 mg', dose: '1 comprimido', frequency: 'cada 12 horas', durationDays: 30 }], notes: '' },
  { reason: 'Control de presión arterial', diagnoses: ['I10'], prescriptions: [{ medication: 'Enalapril 10 mg', dose: '1 comprimido', frequency: 'cada 24 horas', durationDays: 30 }], notes: '' },
  { reason: 'Dolor de estómago después de comer', diagnoses: ['K29.7'], prescriptions: [{ medication: 'Omeprazol 20 mg', dose: '1 cápsula', frequency: 'cada 24 horas', durationDays: 14 }], notes: '' },
  { reason: 'Control prenatal', diagnoses: ['Z34.9'], prescriptions: [{ medication: 'Sulfato ferroso con ácido fólico', dose: '1 comprimido', frequency: 'cada 24 horas', durationDays: 30 }], notes: '' },
  { reason: 'Cansancio y palidez', diagnoses: ['D50.9'], prescriptions: [{ medication: 'Sulfato ferroso 300 mg', dose: '1 comprimido', frequency: 'cada 24 horas', durationDays: 60 }], notes: '' },
  { reason: 'Dolor de cabeza frecuente', diagnoses: ['G44.2'], prescriptions: [para], notes: '' },
  { reason: 'Examen médico general', diagnoses: ['Z00.0'], prescriptions: [], notes: 'Sin hallazgos patológicos.' },
  { reason: 'Fiebre y dolor de cuerpo', diagnoses: ['J11.1', 'R50.9'], prescriptions: [para], notes: '' },
  { reason: 'Tos con flema y fiebre', diagnoses: ['J18.9'], prescriptions: [{ medication: 'Amoxicilina 500 mg', dose: '1 cápsula', frequency: 'cada 8 horas', durationDays: 7 }], notes: 'Radiografía de tórax solicitada.' },
];

/** Employers of the seeded CNS affiliates. */
export const SEED_EMPLOYERS: readonly string[] = [
  'Gobierno Autónomo Municipal de La Paz',
  'Yacimientos Petrolíferos Fiscales Bolivianos',
  'Empresa Nacional de Electricidad',
  'Banco Unión S.A.',
  'Ministerio de Educación',
  'Empresa Estatal de Transporte por Cable Mi Teleférico',
];

/** Names of the seeded clinicians. */
export const SEED_CLINICIAN_NAMES: readonly string[] = [
  'Ana María Choque Flores', 'Carlos Alberto Vargas Rojas', 'Lucía Mendoza Quispe', 'Jorge Luis Apaza Condori',
  'Gabriela Rodríguez Paz', 'Marcelo Gutiérrez Soliz', 'Patricia Torrez Mamani', 'Ramiro Cruz Huanca',
  'Sonia Limachi Copa', 'Fernando Suárez Añez', 'Elena Ticona Yujra', 'Rubén Ortiz Saavedra',
  'Valeria Chávez Aguilar', 'Wilfredo Colque Villca', 'Daniela Justiniano Paz',
];
