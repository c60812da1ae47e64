import { Directive, Field, ObjectType } from 'type-graphql';
import { PUBLIC_TAG } from '@egob/subgraph-kit';
import { PublicEntity } from '../public-entity/public-entity.type';

/** Outcome of checking an exported document. */
@ObjectType({ description: 'Resultado de verificar un documento exportado: si es auténtico e inalterado, quién lo emitió y cuándo.' })
@Directive(PUBLIC_TAG)
export class DocumentVerification {
  @Field({ description: 'La firma es de la entidad emisora y el documento no fue alterado.' })
  @Directive(PUBLIC_TAG)
  valid: boolean;

  @Field(() => PublicEntity, { nullable: true, description: 'Entidad emisora; null si el documento no es válido.' })
  @Directive(PUBLIC_TAG)
  issuer: PublicEntity | null;

  @Field(() => String, { nullable: true, description: 'Instante de emisión (UTC, ISO-8601); null si el documento no es válido.' })
  @Directive(PUBLIC_TAG)
  issuedAt: string | null;

  @Field(() => String, { nullable: true, description: 'Por qué no es válido; null si lo es.' })
  @Directive(PUBLIC_TAG)
  reason: string | null;
}
