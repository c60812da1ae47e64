import { Field, ID, InputType, Int } from 'type-graphql';

/** A medication to prescribe. */
@InputType({ description: 'Medicamento a prescribir.' })
export class PrescriptionInput {
  @Field({ description: 'Medicamento y concentración (1 a 200 caracteres).' })
  medication: string;

  @Field({ description: 'Dosis por toma (1 a 200 caracteres).' })
  dose: string;

  @Field({ description: 'Frecuencia (1 a 200 caracteres).' })
  frequency: string;

  @Field(() => Int, { description: 'Duración en días (1 a 365).' })
  durationDays: number;
}

/** An encounter to add to a citizen's record. */
@InputType({ description: 'Consulta a registrar en la historia clínica.' })
export class RecordEncounterInput {
  @Field(() => ID, { description: 'Cédula de identidad de la persona atendida.' })
  ci: string;

  @Field(() => ID, { description: 'Establecimiento donde se atiende (quien registra debe ser su personal y la atención debe estar abierta).' })
  facilityCode: string;

  @Field(() => String, { nullable: true, description: 'Fecha y hora de la consulta (UTC, ISO-8601); por omisión, ahora. No puede estar en el futuro.' })
  occurredAt?: string | null;

  @Field({ description: 'Motivo de consulta (1 a 500 caracteres).' })
  reason: string;

  @Field(() => [String], { description: 'Diagnósticos en códigos CIE-10 (1 a 20, p. ej. `J06.9`).' })
  diagnoses: string[];

  @Field(() => [PrescriptionInput], { nullable: true, description: 'Prescripciones (hasta 20).' })
  prescriptions?: PrescriptionInput[] | null;

  @Field(() => String, { nullable: true, description: 'Notas clínicas (hasta 4000 caracteres).' })
  notes?: string | null;
}

/** A referral to issue. */
@InputType({ description: 'Referencia o contrarreferencia a emitir: el tipo sale de los niveles de origen y destino.' })
export class ReferPatientInput {
  @Field(() => ID, { description: 'Cédula de identidad de la persona.' })
  ci: string;

  @Field(() => ID, { description: 'Establecimiento de origen (quien refiere debe ser su personal, con la atención abierta).' })
  fromFacilityCode: string;

  @Field(() => ID, { description: 'Establecimiento de destino, de otro nivel de atención.' })
  toFacilityCode: string;

  @Field({ description: 'Motivo de la referencia (1 a 500 caracteres).' })
  reason: string;

  @Field(() => String, { nullable: true, description: 'Diagnóstico presuntivo (CIE-10).' })
  diagnosis?: string | null;
}

/** A follow-up to schedule. */
@InputType({ description: 'Seguimiento a programar a partir de una consulta.' })
export class ScheduleFollowUpInput {
  @Field(() => ID, { description: 'Cédula de identidad de la persona.' })
  ci: string;

  @Field(() => ID, { description: 'Establecimiento donde se hará (quien programa debe ser su personal, con la atención abierta).' })
  facilityCode: string;

  @Field(() => ID, { description: 'Consulta de la historia de la persona que lo origina.' })
  encounterId: string;

  @Field({ description: 'Fecha prevista (AAAA-MM-DD, hoy o después, hora de Bolivia).' })
  dueDate: string;

  @Field(() => String, { nullable: true, description: 'Indicaciones (hasta 4000 caracteres).' })
  notes?: string | null;
}
