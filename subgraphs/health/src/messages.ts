/** The health subgraph's user-facing messages, Spanish first. */
export const messages = {
  invalidCi: 'Cédula de identidad inválida: use de 4 a 10 dígitos y, si tiene complemento, un guion y el complemento (p. ej. 1234567-1A).',
  unknownFacility: (code: string) => `No existe un establecimiento de salud con el código ${code}.`,
  notStaff: (code: string) => `Usted no está registrado como personal de salud del establecimiento ${code}.`,
  unknownAttention: 'No existe una atención con ese identificador.',
  attentionClosed: 'La atención ya estaba cerrada o vencida.',
  noOpenAttention: (code: string) => `La persona no tiene una atención abierta en el establecimiento ${code}: abra la atención antes de registrar.`,
  noDiagnosis: 'Registre al menos un diagnóstico CIE-10 (p. ej. Z00.0 para un control).',
  invalidDiagnosis: (code: string) => `El diagnóstico «${code}» no es un código CIE-10 válido (p. ej. J06.9).`,
  tooManyDiagnoses: (max: number) => `Registre como máximo ${max} diagnósticos por consulta.`,
  invalidReason: (max: number) => `Indique el motivo de consulta (1 a ${max} caracteres).`,
  invalidOccurredAt: 'La fecha y hora de la consulta debe ser un instante ISO-8601 en UTC (p. ej. 2025-03-01T14:30:00Z) y no puede estar en el futuro.',
  invalidPrescription: (index: number) =>
    `La prescripción ${index + 1} está incompleta: indique medicamento, dosis y frecuencia (hasta 200 caracteres) y una duración de 1 a 365 días.`,
  tooManyPrescriptions: (max: number) => `Registre como máximo ${max} prescripciones por consulta.`,
  invalidNotes: (max: number) => `Las notas admiten hasta ${max} caracteres.`,
  sameLevel: 'El establecimiento de destino debe tener otro nivel de atención: una referencia va a un nivel superior y una contrarreferencia a uno inferior.',
  unknownEncounter: 'No existe esa consulta en la historia clínica de esta persona.',
  invalidDueDate: 'La fecha del seguimiento debe tener la forma AAAA-MM-DD y no puede ser anterior a hoy.',
  invalidDepartmentCode: 'El argumento departmentCode debe ser un código INE de departamento de 2 dígitos (01 a 09).',
  invalidFacilityCode: 'El código de establecimiento debe tener 6 dígitos (p. ej. 200001).',
} as const;
