import { Field, ID, Int, ObjectType } from 'type-graphql';
import { HealthFacility } from '../facility/facility.type';

/** A diagnosis: an ICD-10 code and its Spanish title when known. */
@ObjectType({ description: 'Diagnóstico codificado en la CIE-10 (ICD-10).' })
export class Diagnosis {
  @Field({ description: 'Código CIE-10 (p. ej. `J06.9`).' })
  code: string;

  @Field(() => String, { nullable: true, description: 'Título en español del código; null si el catálogo de la plataforma no lo tiene.' })
  description: string | null;
}

/** A medication prescribed at an encounter. */
@ObjectType({ description: 'Medicamento prescrito en una consulta.' })
export class Prescription {
  @Field({ description: 'Medicamento y concentración (p. ej. «Paracetamol 500 mg»).' })
  medication: string;

  @Field({ description: 'Dosis por toma (p. ej. «1 comprimido»).' })
  dose: string;

  @Field({ description: 'Frecuencia (p. ej. «cada 8 horas»).' })
  frequency: string;

  @Field(() => Int, { description: 'Duración del tratamiento en días.' })
  durationDays: number;
}

/** Who attended: name and professional registration (never their CI). */
@ObjectType({ description: 'Profesional de salud que atendió.' })
export class Clinician {
  @Field({ description: 'Nombre completo.' })
  name: string;

  @Field({ description: 'Matrícula profesional.' })
  professionalRegistration: string;
}

/** One encounter of a citizen's clinical record. */
@ObjectType({ description: 'Consulta o atención registrada en la historia clínica.' })
export class Encounter {
  @Field(() => ID, { description: 'Identificador de la consulta.' })
  id: string;

  /** Whose record it is (for rules and the audit). */
  ci: string;

  /** Code of the facility (the `facility` field resolves it). */
  facilityCode: string;

  @Field({ description: 'Fecha y hora de la consulta (UTC, ISO-8601).' })
  occurredAt: string;

  @Field(() => HealthFacility, { description: 'Establecimiento donde ocurrió.' })
  facility?: HealthFacility;

  @Field(() => Clinician, { description: 'Profesional que atendió.' })
  clinician: Clinician;

  @Field({ description: 'Motivo de consulta.' })
  reason: string;

  @Field(() => [Diagnosis], { description: 'Diagnósticos (CIE-10), en el orden registrado.' })
  diagnoses: Diagnosis[];

  @Field(() => [Prescription], { description: 'Prescripciones.' })
  prescriptions: Prescription[];

  @Field({ description: 'Notas clínicas (puede estar vacío).' })
  notes: string;
}
