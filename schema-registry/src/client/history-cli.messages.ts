import type { SchemaChange } from '../history/api-schema-diff';

/** Spanish texts of the CLI's history, diff, rollback and verified fetch. */
export const historyCliMessages = {
  usage: `  history [<nombre>]   historial de supergrafos (o de versiones de un subgrafo)
  diff <a> <b> [--variant main|public]
                       cambios del esquema de API entre dos supergrafos
  rollback <id> --reason <texto> [--admin-key <clave>]
                       vuelve al supergrafo <id> (clave de administración: --admin-key o REGISTRY_ADMIN_KEY)
  fetch [--variant main|public] [--public-key <archivo>]
                       con --public-key verifica la firma antes de mostrar o guardar
`,
  whatHistory: 'leer el historial',
  whatDiff: 'comparar los supergrafos',
  whatRollback: 'revertir el supergrafo',
  noHistory: 'No hay versiones.',
  supergraphHeader: ['ID', 'VARIANTE', 'CREADO', 'CAUSA', 'SUBGRAFO', 'POR'],
  versionHeader: ['ID', 'VERSIÓN', 'PUBLICADO', 'POR', 'CAMBIOS', 'FORZADO'],
  noChanges: (a: string, b: string) => `Sin cambios en el esquema de API entre ${a} y ${b}.`,
  change: (change: SchemaChange) => `  ${change.criticality.padEnd(9)} ${change.coordinate}: ${change.message}`,
  rolledBack: (id: string, to: string) => `Supergrafo revertido: el nuevo supergrafo ${id} es igual al ${to}.`,
  missingId: 'rollback necesita el id del supergrafo',
  missingPair: 'diff necesita dos ids de supergrafo',
  unreadableKey: (file: string, reason: string) => `no se puede leer la clave pública "${file}": ${reason}`,
  badKey: (file: string) => `"${file}" no es una clave pública PEM`,
  signatureRefused: (id: string, problem: string) => `Firma rechazada para el supergrafo ${id} (${problem}): no se muestra ni se guarda.`,
  verified: (id: string, variant: string) => `Firma verificada: supergrafo ${id} (${variant}).`,
} as const;
