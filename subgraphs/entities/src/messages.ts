/** Client-facing messages of this subgraph (Spanish). */
export const messages = {
  invalidTerritoryCode: (argument: string) =>
    `El argumento ${argument} no es un código INE de territorio: use 2 dígitos para un departamento (p. ej. 02), 4 para una provincia (0201) o 6 para un municipio (020101).`,
  invalidPublicEntityCode: (argument: string) =>
    `El argumento ${argument} no es un código de entidad pública: use de 2 a 32 letras mayúsculas, dígitos o guiones (p. ej. AGETIC, MIN-SALUD, GAM-020101).`,
  searchTooLong: (max: number) => `El argumento search admite como máximo ${max} caracteres.`,
};
