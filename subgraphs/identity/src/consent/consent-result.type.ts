import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Consent } from './consent.type';

/** Why a grant or a revocation was not done. */
export enum ConsentErrorCode {
  INVALID_SCOPE = 'INVALID_SCOPE',
  INVALID_ENTITY = 'INVALID_ENTITY',
  INVALID_EXPIRY = 'INVALID_EXPIRY',
  GRANT_NOT_FOUND = 'GRANT_NOT_FOUND',
  GRANT_EXPIRED = 'GRANT_EXPIRED',
  GRANT_ALREADY_REVOKED = 'GRANT_ALREADY_REVOKED',
}

registerEnumType(ConsentErrorCode, {
  name: 'ConsentErrorCode',
  description: 'Motivo por el que no se otorgó o revocó una autorización.',
  valuesConfig: {
    INVALID_SCOPE: { description: 'El ámbito no tiene la forma `<subgrafo>:<área>`.' },
    INVALID_ENTITY: { description: 'El código de entidad no es válido.' },
    INVALID_EXPIRY: { description: 'La vigencia está fuera de 1 día a 5 años.' },
    GRANT_NOT_FOUND: { description: 'No existe una autorización con ese identificador para esta persona.' },
    GRANT_EXPIRED: { description: 'La autorización ya venció.' },
    GRANT_ALREADY_REVOKED: { description: 'La autorización ya estaba revocada.' },
  },
});

/** An expected failure of a consent mutation. */
@ObjectType({ description: 'Error esperado de una operación sobre autorizaciones.' })
export class ConsentError {
  @Field(() => ConsentErrorCode, { description: 'Código del error.' })
  code: ConsentErrorCode;

  @Field({ description: 'Mensaje para la persona usuaria.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'Campo de la entrada que lo causó, si corresponde.' })
  field: string | null;
}

/** Outcome of grantConsent. */
@ObjectType({ description: 'Resultado de otorgar una autorización.' })
export class GrantConsentResult {
  @Field({ description: 'Se otorgó (o renovó) la autorización.' })
  ok: boolean;

  @Field(() => Consent, { nullable: true, description: 'La autorización vigente; null si hubo error.' })
  consent: Consent | null;

  @Field(() => ConsentError, { nullable: true, description: 'El error; null si se otorgó.' })
  error: ConsentError | null;
}

/** Outcome of revokeConsent. */
@ObjectType({ description: 'Resultado de revocar una autorización.' })
export class RevokeConsentResult {
  @Field({ description: 'Se revocó la autorización.' })
  ok: boolean;

  @Field(() => Consent, { nullable: true, description: 'La autorización revocada; null si hubo error.' })
  consent: Consent | null;

  @Field(() => ConsentError, { nullable: true, description: 'El error; null si se revocó.' })
  error: ConsentError | null;
}
