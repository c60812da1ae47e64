import { generateKeyPairSync } from 'node:crypto';
import { LINK } from './fixtures';

/** Owns Territory; `territory` and Territory's code and name are public, `population` is not. */
export const publicEntitiesSdl = `${LINK}

"Consultas."
type Query {
  "Territorio por código."
  territory(code: ID!): Territory @tag(name: "public")
}

"Unidad territorial."
type Territory @key(fields: "code") {
  "Código INE."
  code: ID! @tag(name: "public")
  "Nombre."
  name: String! @tag(name: "public")
  "Población."
  population: Int
}
`;

/** publicEntitiesSdl with one more public field: a safe change. */
export const publicEntitiesV2Sdl = publicEntitiesSdl.replace(
  '  "Población."\n  population: Int\n',
  '  "Población."\n  population: Int\n  "Superficie en km²."\n  area: Int @tag(name: "public")\n',
);

/** Owns Citizen (nothing public) and adds Territory.citizens. */
export const privateIdentitySdl = `${LINK}

"Consultas."
type Query {
  "Ciudadano por CI."
  citizen(ci: ID!): Citizen
}

"Ciudadano."
type Citizen @key(fields: "ci") {
  "Cédula de identidad."
  ci: ID!
  "Nombres."
  names: String!
}
`;

/** privateIdentitySdl plus a public field returning the hidden Citizen: its public variant fails. */
export const leakingIdentitySdl = privateIdentitySdl.replace(
  '  citizen(ci: ID!): Citizen\n',
  '  citizen(ci: ID!): Citizen\n  "Ciudadano destacado."\n  featuredCitizen: Citizen @tag(name: "public")\n',
);

/** A fresh Ed25519 key pair as PEM (PKCS#8 private, SPKI public). */
export function signingKeyPair(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}
