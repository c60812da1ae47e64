/** Spanish texts of the contract variants. */
export const contractMessages = {
  empty: (tag: string, query: string) => `Ningún campo de ${query} lleva @tag(name: "${tag}"): la variante ${tag} no tiene nada que servir.`,
} as const;
