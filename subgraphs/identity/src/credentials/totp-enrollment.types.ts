import { Field, InputType, ObjectType } from 'type-graphql';
import { AccountError } from '../auth/account-error.type';

/** The result of starting a TOTP enrolment: the secret to load in an authenticator app. */
@ObjectType({ description: 'Resultado de iniciar la verificación en dos pasos: el secreto para la aplicación de autenticación.' })
export class StartTotpEnrollmentResult {
  @Field({ description: 'Verdadero si se generó el secreto.' })
  ok: boolean;

  @Field(() => String, { nullable: true, description: 'Secreto TOTP en base32 (para ingresarlo a mano).' })
  secret: string | null;

  @Field(() => String, { nullable: true, description: 'URI otpauth:// para mostrar como código QR.' })
  otpauthUri: string | null;

  @Field(() => AccountError, { nullable: true, description: 'Motivo, si no se pudo.' })
  error: AccountError | null;
}

/** The code that proves the authenticator app holds the secret. */
@InputType({ description: 'Código actual de la aplicación de autenticación.' })
export class ConfirmTotpEnrollmentInput {
  @Field({ description: 'Los 6 dígitos que muestra la aplicación.' })
  code: string;
}

/** The result of confirming a TOTP enrolment. */
@ObjectType({ description: 'Resultado de confirmar la verificación en dos pasos.' })
export class ConfirmTotpEnrollmentResult {
  @Field({ description: 'Verdadero si la verificación en dos pasos quedó activada.' })
  ok: boolean;

  @Field(() => AccountError, { nullable: true, description: 'Motivo, si no se activó.' })
  error: AccountError | null;
}
