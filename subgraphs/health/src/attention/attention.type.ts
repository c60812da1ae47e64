import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { HealthFacility } from '../facility/facility.type';
import { HealthError } from '../shared/health-error.type';

/** A citizen being seen at a facility: while open, its staff may read the whole record. */
@ObjectType({ description: 'Atención en curso de una persona en un establecimiento: mientras está abierta, su personal de salud puede leer la historia clínica completa.' })
export class Attention {
  @Field(() => ID, { description: 'Identificador de la atención.' })
  id: string;

  @Field(() => ID, { description: 'Cédula de identidad de la persona atendida.' })
  ci: string;

  facilityCode: string;

  @Field(() => HealthFacility, { description: 'Establecimiento donde se atiende.' })
  facility?: HealthFacility;

  @Field({ description: 'Cuándo se abrió (UTC, ISO-8601).' })
  openedAt: string;

  @Field({ description: 'Cuándo vence (24 horas después de abrirse; UTC, ISO-8601).' })
  expiresAt: string;

  @Field(() => String, { nullable: true, description: 'Cuándo se cerró; null mientras no se cierre.' })
  closedAt: string | null;
}

/** Who is being seen, and where. */
@InputType({ description: 'Persona que se atiende y establecimiento.' })
export class OpenAttentionInput {
  @Field(() => ID, { description: 'Cédula de identidad de la persona.' })
  ci: string;

  @Field(() => ID, { description: 'Código del establecimiento donde trabaja quien abre la atención.' })
  facilityCode: string;
}

/** Which attention to close. */
@InputType({ description: 'Atención a cerrar.' })
export class CloseAttentionInput {
  @Field(() => ID, { description: 'Identificador de la atención.' })
  id: string;
}

/** Outcome of openAttention. */
@ObjectType({ description: 'Resultado de abrir una atención.' })
export class OpenAttentionResult {
  @Field({ description: 'Se abrió la atención.' })
  ok: boolean;

  @Field(() => Attention, { nullable: true, description: 'La atención abierta; null si hubo error.' })
  attention: Attention | null;

  @Field(() => HealthError, { nullable: true, description: 'El error; null si se abrió.' })
  error: HealthError | null;
}

/** Outcome of closeAttention. */
@ObjectType({ description: 'Resultado de cerrar una atención.' })
export class CloseAttentionResult {
  @Field({ description: 'Se cerró la atención.' })
  ok: boolean;

  @Field(() => Attention, { nullable: true, description: 'La atención cerrada; null si hubo error.' })
  attention: Attention | null;

  @Field(() => HealthError, { nullable: true, description: 'El error; null si se cerró.' })
  error: HealthError | null;
}
