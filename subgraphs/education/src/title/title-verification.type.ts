import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PUBLIC_TAG } from '@egob/subgraph-kit';
import { TitleKind } from './title-kind';

/** The outcome of checking a title. */
export enum TitleVerificationStatus {
  GENUINE = 'GENUINE',
  NOT_FOUND = 'NOT_FOUND',
  ALTERED = 'ALTERED',
  SIGNATURE_INVALID = 'SIGNATURE_INVALID',
  REVOKED = 'REVOKED',
}

registerEnumType(TitleVerificationStatus, {
  name: 'TitleVerificationStatus',
  description: 'Resultado de verificar un título académico.',
  valuesConfig: {
    GENUINE: { description: 'El título existe (y, si se presentó el documento, su firma es válida y coincide con el registro).' },
    NOT_FOUND: { description: 'No existe un título con ese código.' },
    ALTERED: { description: 'El documento presentado está mal formado o no coincide con el título registrado.' },
    SIGNATURE_INVALID: { description: 'La firma del documento no es válida (o no se pudo comprobar).' },
    REVOKED: { description: 'El título fue revocado.' },
  },
});

/** The public part of a title: what anyone verifying it may see. */
@ObjectType({ description: 'Parte pública de un título verificado: sin datos personales salvo la cédula enmascarada.' })
@Directive(PUBLIC_TAG)
export class VerifiedTitle {
  @Field(() => ID, { description: 'Código del título.' })
  @Directive(PUBLIC_TAG)
  code: string;

  @Field(() => TitleKind, { description: 'Tipo de título.' })
  @Directive(PUBLIC_TAG)
  kind: TitleKind;

  @Field({ description: 'Nombre del título.' })
  @Directive(PUBLIC_TAG)
  name: string;

  @Field({ description: 'Fecha de emisión (AAAA-MM-DD).' })
  @Directive(PUBLIC_TAG)
  issuedOn: string;

  @Field({ description: 'Cédula de identidad del titular, enmascarada (p. ej. `12***67`): compárela con el documento que le muestren.' })
  @Directive(PUBLIC_TAG)
  holderCiMasked: string;

  institutionCode: string;
}

/** Outcome of verifyTitle. */
@ObjectType({ description: 'Resultado de verificar un título académico: si es auténtico, y su parte pública.' })
@Directive(PUBLIC_TAG)
export class TitleVerification {
  @Field({ description: 'El título es auténtico (y el documento presentado, inalterado).' })
  @Directive(PUBLIC_TAG)
  valid: boolean;

  @Field(() => TitleVerificationStatus, { description: 'Resultado detallado.' })
  @Directive(PUBLIC_TAG)
  status: TitleVerificationStatus;

  @Field(() => VerifiedTitle, { nullable: true, description: 'Parte pública del título registrado; null si no existe.' })
  @Directive(PUBLIC_TAG)
  title: VerifiedTitle | null;

  @Field({ description: 'Explicación para la persona que verifica.' })
  @Directive(PUBLIC_TAG)
  message: string;
}
