import 'reflect-metadata';
import { Arg, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { defineSubgraph, isGateway } from '@egob/subgraph-kit';

/** A person's record in the stand-in source subgraph. */
@ObjectType({ description: 'Registro de una persona (subgrafo de prueba).' })
export class PersonRecord {
  @Field(() => ID, { description: 'Cédula.' })
  ci: string;

  @Field({ description: 'Nombres.' })
  names: string;

  @Field({ description: 'Fecha de nacimiento.' })
  birthDate: string;
}

const people = new Map([
  ['1234567', { ci: '1234567', names: 'Juana Rosa', birthDate: '1988-04-12' }],
  ['7654321', { ci: '7654321', names: 'Mario', birthDate: '1990-01-02' }],
]);

@Resolver(() => PersonRecord)
class PersonRecordResolver {
  @Query(() => PersonRecord, { nullable: true, description: 'Una persona por cédula.' })
  person(@Arg('ci', () => ID, { description: 'Cédula.' }) ci: string): PersonRecord | null {
    return people.get(ci) ?? null;
  }
}

/**
 * A source subgraph built with the kit, standing in for identity (a subgraph may not
 * import another): its personal data goes through the kit's outbox and forwarder.
 */
export const recordsSubgraph = defineSubgraph({
  name: 'records',
  owner: 'SEGIP',
  port: 0,
  entities: [],
  migrations: [],
  resolvers: [PersonRecordResolver],
  rules: { Query: { person: isGateway }, PersonRecord: isGateway },
  personalData: { PersonRecord: (person: PersonRecord) => person.ci },
  services: () => ({}),
  loaders: () => ({}),
});
