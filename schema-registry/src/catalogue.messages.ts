/** Spanish texts of the history, signed delivery and catalogue calls (protocol §4–§7). */
export const catalogueMessages = {
  invalidVariant: (variant: string) => `La variante "${variant}" no existe: use main o public.`,
  invalidWait: 'wait debe ser un número entero de segundos entre 1 y 30.',
  noSupergraphOfVariant: (variant: string) =>
    variant === 'main'
      ? 'Todavía no hay supergrafo: ningún subgrafo ha sido publicado.'
      : `Todavía no hay supergrafo de la variante ${variant}: ningún campo de Query lleva @tag(name: "${variant}").`,
  supergraphNotFound: (id: string) => `No existe el supergrafo "${id}".`,
  subgraphVersionNotFound: (name: string, id: string) => `No existe la versión "${id}" del subgrafo "${name}".`,
  invalidId: (id: string) => `"${id}" no es un id válido: debe ser un número decimal.`,
  rollbackTo: 'to: requerido, el id (decimal) de un supergrafo main anterior',
  rollbackReason: 'reason: requerido, de 3 a 500 caracteres',
  rollbackNotMain: (id: string) => `El supergrafo "${id}" es de una variante derivada; la reversión se hace a un supergrafo main.`,
  invalidLimit: 'limit debe ser un número entero entre 1 y 500.',
} as const;
