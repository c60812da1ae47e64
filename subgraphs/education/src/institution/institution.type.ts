import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Connection, PUBLIC_TAG } from '@egob/subgraph-kit';
import { InstitutionKind } from './institution-kind';

/** An institution as the services return it. */
export interface InstitutionRecord {
  code: string;
  name: string;
  kind: InstitutionKind;
  territoryCode: string;
}

/** A school, technical institute or university: public reference data. */
@ObjectType({ description: 'Institución educativa: unidad educativa, instituto técnico o universidad.' })
@Directive('@key(fields: "code")')
@Directive(PUBLIC_TAG)
export class EducationalInstitution {
  @Field(() => ID, { description: 'Código: SIE de la unidad educativa (8 dígitos, p. ej. `80730001`) o sigla del instituto o la universidad (p. ej. `UMSA`).' })
  @Directive(PUBLIC_TAG)
  code: string;

  @Field({ description: 'Nombre oficial.' })
  @Directive(PUBLIC_TAG)
  name: string;

  @Field(() => InstitutionKind, { description: 'Tipo de institución: define qué niveles ofrece.' })
  @Directive(PUBLIC_TAG)
  kind: InstitutionKind;

  territoryCode: string;
}

/** A page of institutions. */
@ObjectType({ description: 'Una página de instituciones educativas ordenadas por código.' })
@Directive(PUBLIC_TAG)
export class EducationalInstitutionConnection extends Connection(EducationalInstitution, { public: true }) {}
