import { Field, Int, ObjectType } from 'type-graphql';

/** The result of recomputing the audit log's hash chain. */
@ObjectType({ description: 'Resultado de verificar la cadena de hashes de la bitácora de auditoría.' })
export class ChainVerification {
  @Field({ description: 'La cadena está íntegra: ningún registro alterado ni faltante.' })
  ok: boolean;

  @Field(() => Int, { description: 'Registros verificados antes del primer problema (todos si ok).' })
  checked: number;

  @Field(() => Int, { nullable: true, description: 'Número de secuencia del último registro verificado; null si no hay ninguno.' })
  lastSequence: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hash del último registro verificado: publíquelo para detectar después un recorte del final de la bitácora.',
  })
  lastHash: string | null;

  @Field(() => Int, { nullable: true, description: 'Número de secuencia del primer registro alterado; null si no hay.' })
  alteredSequence: number | null;

  @Field(() => Int, { nullable: true, description: 'Primer número de secuencia faltante (registro borrado); null si no hay.' })
  missingSequence: number | null;

  @Field({ description: 'Instante de la verificación (UTC, ISO-8601).' })
  verifiedAt: string;
}
