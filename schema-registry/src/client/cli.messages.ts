import { historyCliMessages } from './history-cli.messages';
import type { CompositionErrorItem } from '../registry.types';

/** Spanish texts of the `egob-registry` CLI. */
export const cliMessages = {
  usage: `Uso: egob-registry <comando> [opciones]

Comandos:
  publish <nombre> --sdl <archivo> --url <url> --version <v> --owner <CÓDIGO>
                       publica una versión de un subgrafo
  list                 lista los subgrafos con su versión vigente
  fetch [--out <archivo>]
                       descarga el supergrafo vigente (a la salida estándar o a un archivo)
${historyCliMessages.usage}  check <nombre> --sdl <archivo> --url <url> --version <v> --owner <CÓDIGO> [--force <motivo>]
                       revisa una publicación sin publicar (composición, cambios, uso, estilo)
  keys create --owner <CÓDIGO> --description <texto>
  keys list
  keys revoke <id>     administra las claves de publicación (clave de administración)

Opciones globales:
  --registry <url>     URL del registro (por defecto REGISTRY_URL o http://127.0.0.1:4001)
  --token <clave>      clave de publicación (por defecto REGISTRY_PUBLISH_TOKEN)
  --force <motivo>     publish/check: publica pese a cambios incompatibles en uso o al estilo; el motivo queda registrado
  --admin-key <clave>  keys: clave de administración (por defecto REGISTRY_ADMIN_KEY)
  --json               salida JSON para máquinas
  -h, --help           muestra esta ayuda

Códigos de salida: 0 éxito, 1 rechazo o fallo del registro, 2 uso incorrecto.
`,
  usageError: (reason: string) => `egob-registry: ${reason}\nUse "egob-registry --help" para ver el uso.\n`,
  missingCommand: 'falta el comando (publish, check, list, fetch o keys)',
  unknownCommand: (command: string) => `comando desconocido "${command}"`,
  unknownOption: (option: string) => `opción desconocida ${option}`,
  optionValue: (option: string) => `${option} necesita un valor`,
  optionNotFor: (option: string, command: string) => `la opción --${option} no se aplica a "${command}"`,
  missingName: 'publish necesita el nombre del subgrafo',
  missingCheckName: 'check necesita el nombre del subgrafo',
  keysUsage: 'keys necesita create, list o revoke <id>',
  missingKeyId: 'keys revoke necesita el id de la clave',
  extraArguments: (extra: string[]) => `argumentos de más: ${extra.join(' ')}`,
  missingOption: (option: string) => `falta --${option}`,
  badRegistryUrl: (url: string) => `--registry debe ser una URL http(s), no "${url}"`,
  unreadableSdl: (file: string, reason: string) => `no se puede leer el archivo SDL "${file}": ${reason}`,
  published: (name: string, version: string, versionId: string, owner: string) =>
    `Publicado el subgrafo "${name}" versión ${version} (id de versión ${versionId}, propietario ${owner}).`,
  unchanged: (name: string, version: string, versionId: string) =>
    `Sin cambios: el subgrafo "${name}" ya tiene este SDL, URL y propietario (versión ${version}, id de versión ${versionId}).`,
  currentSupergraph: (id: string) => `Supergrafo vigente: ${id}`,
  refused: (code: string, message: string) => `Publicación rechazada (${code}): ${message}`,
  compositionError: (error: CompositionErrorItem) => `  - ${error.code}: ${error.message}`,
  failed: (what: string, code: string, message: string) => `No se pudo ${what} (${code}): ${message}`,
  whatList: 'listar los subgrafos',
  whatCheck: 'revisar el subgrafo',
  whatKeys: 'administrar las claves',
  forced: (reason: string) => `Publicación forzada; motivo registrado: ${reason}`,
  checkPassed: (name: string) => `Revisión del subgrafo "${name}": APROBADA`,
  checkRefused: (name: string, verdict: string) => `Revisión del subgrafo "${name}": RECHAZADA (${verdict})`,
  compositionOk: 'Composición: correcta',
  compositionErrors: (count: number) => `Composición: ${count} ${count === 1 ? 'error' : 'errores'}`,
  publicVariantOk: 'Variante pública: correcta',
  publicVariantSkipped: 'Variante pública: no evaluada (la composición falló)',
  publicVariantErrors: (count: number) => `Variante pública: ${count} ${count === 1 ? 'error' : 'errores'}`,
  changesHeader: (count: number) => `Cambios respecto de la versión vigente: ${count}`,
  changeLine: (criticality: string, coordinate: string, message: string) => `  - ${criticality} ${coordinate}: ${message}`,
  usageHeader: (days: number, message: string) => `Uso (últimos ${days} días): ${message}`,
  usageLine: (coordinate: string, operation: string, client: string, count: number, lastSeen: string) =>
    `  - ${coordinate}: operación ${operation} del cliente ${client}, ${count} ${count === 1 ? 'vez' : 'veces'} (última ${lastSeen})`,
  lintHeader: (count: number) => `Estilo: ${count} ${count === 1 ? 'observación' : 'observaciones'}`,
  lintLine: (severity: string, rule: string, message: string) => `  - ${severity} ${rule}: ${message}`,
  keyCreated: (id: string, owner: string, key: string) =>
    `Clave ${id} creada para ${owner}. Guárdela ahora, no se volverá a mostrar:\n${key}`,
  keyRevoked: (id: string, owner: string, revokedAt: string) => `Clave ${id} de ${owner} revocada (${revokedAt}).`,
  noKeys: 'No hay claves de publicación.',
  keysHeader: ['ID', 'PROPIETARIO', 'CREADA', 'REVOCADA', 'DESCRIPCIÓN'],
  notRevoked: '-',
  whatFetch: 'descargar el supergrafo',
  noSubgraphs: 'No hay subgrafos publicados.',
  listHeader: ['NOMBRE', 'VERSIÓN', 'ID', 'PROPIETARIO', 'PUBLICADO', 'URL'],
  saved: (id: string, createdAt: string, file: string) => `Supergrafo ${id} (creado ${createdAt}) guardado en ${file}.`,
  unwritable: (file: string, reason: string) => `No se pudo escribir "${file}": ${reason}`,
} as const;
