import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LaborError } from '../labor-error.type';
import { Territory } from '../territory/territory.type';

/** A citizen's job-seeking profile (personal data: audited). */
@ObjectType({ description: 'Perfil laboral de la persona en la bolsa de trabajo.' })
export class JobProfile {
  /** Whose profile it is (not a field: the rules and the audit read it). */
  ci: string;

  @Field({ description: 'Puesto que busca.' })
  desiredPosition: string;

  @Field(() => Territory, { description: 'Municipio donde busca trabajo.' })
  territory: Territory;

  @Field(() => [String], { description: 'Habilidades declaradas.' })
  skills: string[];

  @Field({ description: 'Los empleadores pueden encontrar este perfil en la correspondencia con sus ofertas.' })
  visibleToEmployers: boolean;

  /** Months of experience when already computed (the field resolver computes it otherwise). */
  experienceMonths?: number;

  @Field({ description: 'Última modificación (UTC, ISO-8601).' })
  updatedAt: string;
}

/** What a citizen saves as their profile. */
@InputType({ description: 'Perfil laboral a guardar (reemplaza el anterior).' })
export class SaveJobProfileInput {
  @Field(() => ID, { description: 'Cédula de identidad: la propia.' })
  ci: string;

  @Field({ description: 'Puesto que busca (1 a 120 caracteres).' })
  desiredPosition: string;

  @Field({ description: 'Código INE de 6 dígitos del municipio donde busca trabajo.' })
  territoryCode: string;

  @Field(() => [String], { description: 'Habilidades (hasta 20, de 1 a 60 caracteres cada una).' })
  skills: string[];

  @Field({ description: 'Permitir que los empleadores encuentren el perfil.' })
  visibleToEmployers: boolean;
}

/** Outcome of saveJobProfile. */
@ObjectType({ description: 'Resultado de guardar el perfil laboral.' })
export class SaveJobProfileResult {
  @Field({ description: 'Se guardó el perfil.' })
  ok: boolean;

  @Field(() => JobProfile, { nullable: true, description: 'El perfil guardado; null si hubo error.' })
  profile: JobProfile | null;

  @Field(() => LaborError, { nullable: true, description: 'El error; null si se guardó.' })
  error: LaborError | null;
}
