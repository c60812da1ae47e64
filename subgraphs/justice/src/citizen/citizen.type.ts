import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The citizen, keyed by CI: this subgraph adds `judicialCases` (identity owns the rest). */
@ObjectType({ description: 'Ciudadana o ciudadano registrado en Ciudadanía Digital, identificado por su cédula de identidad.' })
@Directive('@key(fields: "ci")')
export class Citizen {
  @Field(() => ID, { description: 'Cédula de identidad: número y, si corresponde, complemento (p. ej. `1234567` o `1234567-1A`).' })
  ci: string;
}

/** Resolves a Citizen reference: the CI is all this subgraph needs, so no database read. */
export function resolveCitizenReference(reference: { ci: string }): Citizen {
  return { ci: reference.ci };
}
