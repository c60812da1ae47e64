import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AccountError } from '../auth/account-error.type';
import { PlatformRole } from './platform-role.enum';
import { ServantLink } from './servant-link.type';

/** A platform role of a citizen, to grant or revoke. */
@InputType({ description: 'Rol de plataforma de una persona.' })
export class PlatformRoleInput {
  @Field(() => ID, { description: 'Cédula de identidad de la persona.' })
  ci: string;

  @Field(() => PlatformRole, { description: 'Rol.' })
  role: PlatformRole;
}

/** A servant link, to create or remove. */
@InputType({ description: 'Vínculo de servidor público: persona, entidad y rol de entidad.' })
export class ServantLinkInput {
  @Field(() => ID, { description: 'Cédula de identidad de la persona.' })
  ci: string;

  @Field({ description: 'Código de la entidad pública (p. ej. MIN-SALUD).' })
  entityCode: string;

  @Field({ description: 'Rol de entidad `<área>:<rol>` (p. ej. health:clinician).' })
  role: string;
}

/** The result of granting or revoking a platform role. */
@ObjectType({ description: 'Resultado de asignar o quitar un rol de plataforma.' })
export class PlatformRoleResult {
  @Field({ description: 'Verdadero si el cambio se aplicó.' })
  ok: boolean;

  @Field(() => [String], { nullable: true, description: 'Roles de plataforma de la persona después del cambio.' })
  roles: string[] | null;

  @Field(() => AccountError, { nullable: true, description: 'Motivo, si no se aplicó.' })
  error: AccountError | null;
}

/** The result of linking or unlinking a servant. */
@ObjectType({ description: 'Resultado de vincular o desvincular a un servidor público.' })
export class ServantLinkResult {
  @Field({ description: 'Verdadero si el cambio se aplicó.' })
  ok: boolean;

  @Field(() => [ServantLink], { nullable: true, description: 'Vínculos de la persona después del cambio.' })
  servantOf: ServantLink[] | null;

  @Field(() => AccountError, { nullable: true, description: 'Motivo, si no se aplicó.' })
  error: AccountError | null;
}
