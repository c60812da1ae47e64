import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '@egob/subgraph-kit';
import { PUBLIC_TAG } from '../public-tag';
import { PublicEntityLevel, type PublicEntityRecord } from './public-entity.model';

registerEnumType(PublicEntityLevel, {
  name: 'PublicEntityLevel',
  description: 'Nivel de gobierno o tipo de una entidad pública.',
  valuesConfig: {
    CENTRAL: { description: 'Nivel central del Estado: Órgano Ejecutivo (ministerios, Vicepresidencia) y sus entidades descentralizadas y desconcentradas.' },
    DEPARTMENTAL: { description: 'Gobierno autónomo departamental.' },
    MUNICIPAL: { description: 'Gobierno autónomo municipal.' },
    INDIGENOUS: { description: 'Gobierno de una autonomía indígena originaria campesina.' },
    OTHER_ORGAN: {
      description:
        'Otros órganos del Estado (Legislativo, Judicial, Electoral) e instituciones con autonomía constitucional (Contraloría, Fiscalía, Procuraduría, Defensoría del Pueblo, Banco Central).',
    },
    STATE_COMPANY: { description: 'Empresa pública del Estado.' },
  },
});

/** A public entity of the Bolivian State, keyed by its code across the graph. */
@ObjectType({ description: 'Entidad pública del Estado Plurinacional de Bolivia, de cualquier nivel de gobierno, identificada por su código.' })
@Directive('@key(fields: "code")')
@Directive(PUBLIC_TAG)
export class PublicEntity implements PublicEntityRecord {
  @Field(() => ID, { description: 'Código de la entidad en la plataforma: letras mayúsculas, dígitos y guiones (p. ej. `AGETIC`, `MIN-SALUD`, `GAM-020101`).' })
  @Directive(PUBLIC_TAG)
  code: string;

  @Field({ description: 'Nombre oficial.' })
  @Directive(PUBLIC_TAG)
  name: string;

  @Field(() => String, { nullable: true, description: 'Sigla oficial; null si la entidad no tiene una establecida.' })
  @Directive(PUBLIC_TAG)
  acronym: string | null;

  @Field(() => PublicEntityLevel, { description: 'Nivel de gobierno o tipo de entidad.' })
  @Directive(PUBLIC_TAG)
  level: PublicEntityLevel;

  territoryCode: string;
}

/** A page of public entities. */
@ObjectType({ description: 'Una página de entidades públicas ordenadas por código.' })
@Directive(PUBLIC_TAG)
export class PublicEntityConnection extends Connection(PublicEntity, { public: true }) {}
