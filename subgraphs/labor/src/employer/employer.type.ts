import { Directive, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PUBLIC_TAG } from '@egob/subgraph-kit';
import { PublicEntity } from '../public-entity/public-entity.type';

/** Whether an employer is a public entity or a private company. */
export enum EmployerKind {
  PUBLIC_ENTITY = 'PUBLIC_ENTITY',
  COMPANY = 'COMPANY',
}

registerEnumType(EmployerKind, {
  name: 'EmployerKind',
  description: 'Tipo de empleador.',
  valuesConfig: {
    PUBLIC_ENTITY: { description: 'Una entidad pública del Estado (identificada por su código).' },
    COMPANY: { description: 'Una empresa privada (identificada por su NIT).' },
  },
});

/** Who employs (or offers a job): a public entity or a company. */
@ObjectType({ description: 'Empleador: una entidad pública o una empresa privada.' })
@Directive(PUBLIC_TAG)
export class Employer {
  @Field(() => EmployerKind, { description: 'Entidad pública o empresa.' })
  @Directive(PUBLIC_TAG)
  kind: EmployerKind;

  @Field(() => PublicEntity, { nullable: true, description: 'La entidad pública empleadora; null para una empresa.' })
  @Directive(PUBLIC_TAG)
  entity: PublicEntity | null;

  @Field(() => String, { nullable: true, description: 'NIT de la empresa (7 a 12 dígitos); null para una entidad pública.' })
  @Directive(PUBLIC_TAG)
  nit: string | null;

  @Field({ description: 'Nombre de la entidad o razón social de la empresa.' })
  @Directive(PUBLIC_TAG)
  name: string;
}

/** An employer as a mutation names it. */
@InputType({ description: 'Empleador: el código de una entidad pública, o el NIT y la razón social de una empresa.' })
export class EmployerInput {
  @Field(() => String, { nullable: true, description: 'Código de la entidad pública empleadora (p. ej. `GAM-020101`).' })
  entityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'NIT de la empresa (7 a 12 dígitos).' })
  nit?: string | null;

  @Field(() => String, { nullable: true, description: 'Razón social de la empresa (obligatoria con NIT); para una entidad pública, opcional.' })
  name?: string | null;
}
