import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '@egob/subgraph-kit';
import { Territory } from '../territory/territory.type';

/** A person registered in Ciudadanía Digital, keyed by CI across the whole graph. */
@ObjectType({ description: 'Ciudadana o ciudadano registrado en Ciudadanía Digital, identificado por su cédula de identidad.' })
@Directive('@key(fields: "ci")')
export class Citizen {
  @Field(() => ID, { description: 'Cédula de identidad: número y, si corresponde, complemento (p. ej. `1234567` o `1234567-1A`).' })
  ci: string;

  @Field({ description: 'Número de la cédula de identidad, sin complemento.' })
  ciNumber: string;

  @Field(() => String, { nullable: true, description: 'Complemento que el SEGIP asigna cuando dos personas comparten número.' })
  complement: string | null;

  @Field({ description: 'Nombres.' })
  names: string;

  @Field({ description: 'Primer apellido.' })
  firstSurname: string;

  @Field(() => String, { nullable: true, description: 'Segundo apellido, si lo tiene.' })
  secondSurname: string | null;

  @Field({ description: 'Nombre completo: nombres y apellidos.' })
  fullName: string;

  @Field({ description: 'Fecha de nacimiento (AAAA-MM-DD).' })
  birthDate: string;

  @Field(() => Territory, { description: 'Municipio de residencia.' })
  residence: Territory;
}

/** A page of citizens. */
@ObjectType({ description: 'Una página de ciudadanos.' })
export class CitizenConnection extends Connection(Citizen) {}
