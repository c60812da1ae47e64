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

Opciones globales:
  --registry <url>     URL del registro (por defecto REGISTRY_URL o http://127.0.0.1:4001)
  --token <token>      token de publicación (por defecto REGISTRY_PUBLISH_TOKEN)
  --json               salida JSON para máquinas
  -h, --help           muestra esta ayuda

Códigos de salida: 0 éxito, 1 rechazo o fallo del registro, 2 uso incorrecto.
`,
  usageError: (reason: string) => `egob-registry: ${reason}\nUse "egob-registry --help" para ver el uso.\n`,
  missingCommand: 'falta el comando (publish, list o fetch)',
  unknownCommand: (command: string) => `comando desconocido "${command}"`,
  unknownOption: (option: string) => `opción desconocida ${option}`,
  optionValue: (option: string) => `${option} necesita un valor`,
  optionNotFor: (option: string, command: string) => `la opción --${option} no se aplica a "${command}"`,
  missingName: 'publish necesita el nombre del subgrafo',
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
  whatFetch: 'descargar el supergrafo',
  noSubgraphs: 'No hay subgrafos publicados.',
  listHeader: ['NOMBRE', 'VERSIÓN', 'ID', 'PROPIETARIO', 'PUBLICADO', 'URL'],
  saved: (id: string, createdAt: string, file: string) => `Supergrafo ${id} (creado ${createdAt}) guardado en ${file}.`,
  unwritable: (file: string, reason: string) => `No se pudo escribir "${file}": ${reason}`,
} as const;
