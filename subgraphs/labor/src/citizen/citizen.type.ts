import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The citizen, keyed by CI: this subgraph adds `employmentHistory` and `jobProfile` (identity owns the rest). */
@ObjectType({ description: 'Ciudadana o ciudadano registrado en Ciudadanía Digital, identificado por su cédula de identidad.' })
@Directive('@key(fields: "ci")')
export class Citizen {
  @Field(() => ID, { description: 'Cédula de identidad: número y, si corresponde, complemento (p. ej. `1234567` o `1234567-1A`).' })
  ci: string;
}

/** Resolves a Citizen reference: the key is all labour needs (its fields load through DataLoaders). */
export function resolveCitizenReference(reference: { ci: string }): Citizen {
  return { ci: reference.ci };
}

/** A CI as the platform writes it: 5 to 10 digits and, when the SEGIP assigned one, `-<digit><letter>`. */
export const CI_PATTERN = /^[0-9]{5,10}(-[0-9][A-Z])?$/;

/** Is `ci` a well-formed CI (safe to put inside a GraphQL document)? */
export function isCi(ci: string): boolean {
  return CI_PATTERN.test(ci);
}
