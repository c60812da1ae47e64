import 'reflect-metadata';
import { Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { defineSubgraph, hasConsent, isGateway, isPublic } from '@egob/subgraph-kit';

// A minimal subgraph of "another entity" for tests: it extends Citizen with a field
// that only an entity holding the citizen's `education:titles` consent may read.

@ObjectType({ description: 'Ciudadana o ciudadano (clave federada).' })
@Directive('@key(fields: "ci")')
class Citizen {
  @Field(() => ID, { description: 'Cédula de identidad.' })
  ci: string;
}

@Resolver(() => Citizen)
class ProbeResolver {
  @Query(() => String, { description: 'Versión de la sonda.' })
  consentProbeVersion(): string {
    return '1';
  }

  @FieldResolver(() => [String], { description: 'Títulos, solo con la autorización education:titles.' })
  titlesForEmployers(@Root() citizen: Citizen): string[] {
    return [`Bachiller en Humanidades (${citizen.ci})`];
  }
}

/** The probe subgraph (owner AGETIC). */
export const consentProbe = defineSubgraph({
  name: 'consent-probe',
  owner: 'AGETIC',
  port: 0,
  entities: [],
  migrations: [],
  resolvers: [ProbeResolver],
  // Citizen is reached only through the gateway's _entities: no query returns it here.
  orphanedTypes: [Citizen],
  references: { Citizen: (reference: { ci: string }) => ({ ci: reference.ci }) },
  rules: {
    Query: { consentProbeVersion: isPublic },
    Citizen: { ci: isGateway, titlesForEmployers: hasConsent('education:titles', (citizen: Citizen) => citizen.ci) },
  },
  personalData: { Citizen: (citizen: Citizen) => citizen.ci },
  services: () => ({}),
  loaders: () => ({}),
});
