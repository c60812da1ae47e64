import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Why an account mutation (second factor, roles, servant links) did not apply. */
export enum AccountErrorCode {
  NO_CREDENTIAL = 'NO_CREDENTIAL',
  TOTP_ALREADY_ENABLED = 'TOTP_ALREADY_ENABLED',
  TOTP_NOT_STARTED = 'TOTP_NOT_STARTED',
  INVALID_TOTP_CODE = 'INVALID_TOTP_CODE',
  INVALID_ENTITY_ROLE = 'INVALID_ENTITY_ROLE',
  INVALID_ENTITY_CODE = 'INVALID_ENTITY_CODE',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  NOT_FOUND = 'NOT_FOUND',
  UNKNOWN_CITIZEN = 'UNKNOWN_CITIZEN',
}

registerEnumType(AccountErrorCode, { name: 'AccountErrorCode', description: 'Motivo por el que una operación de cuenta no se aplicó.' });

/** An expected failure of an account mutation, as data. */
@ObjectType({ description: 'Error esperado de una operación de cuenta.' })
export class AccountError {
  @Field(() => AccountErrorCode, { description: 'Código estable del error.' })
  code: AccountErrorCode;

  @Field({ description: 'Explicación para la persona, en español.' })
  message: string;
}
