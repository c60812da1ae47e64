import { registerEnumType } from 'type-graphql';

/** Where a case stands. */
export enum CaseStatus {
  ADMITTED = 'ADMITTED',
  IN_PROGRESS = 'IN_PROGRESS',
  RULED = 'RULED',
  ARCHIVED = 'ARCHIVED',
}

/** Whether a party is a natural person or a company. */
export enum PartyKind {
  PERSON = 'PERSON',
  COMPANY = 'COMPANY',
}

/** The procedural role of a party. */
export enum PartyRole {
  DEMANDANTE = 'DEMANDANTE',
  DEMANDADO = 'DEMANDADO',
  DENUNCIANTE = 'DENUNCIANTE',
  DENUNCIADO = 'DENUNCIADO',
  TERCERO = 'TERCERO',
}

/** What a hearing is for. */
export enum HearingKind {
  PRELIMINAR = 'PRELIMINAR',
  JUICIO = 'JUICIO',
  CONCILIACION = 'CONCILIACION',
  LECTURA_SENTENCIA = 'LECTURA_SENTENCIA',
}

/** Whether a hearing is still to happen, happened or was suspended. */
export enum HearingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  SUSPENDED = 'SUSPENDED',
}

/** The kind of a judicial decision. */
export enum RulingKind {
  SENTENCIA = 'SENTENCIA',
  AUTO_DEFINITIVO = 'AUTO_DEFINITIVO',
  AUTO_INTERLOCUTORIO = 'AUTO_INTERLOCUTORIO',
  RESOLUCION = 'RESOLUCION',
}

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Estado de una causa.',
  valuesConfig: {
    ADMITTED: { description: 'Admitida: aún sin actuaciones de fondo.' },
    IN_PROGRESS: { description: 'En trámite.' },
    RULED: { description: 'Con sentencia.' },
    ARCHIVED: { description: 'Archivada: no admite nuevas actuaciones.' },
  },
});
registerEnumType(PartyKind, {
  name: 'PartyKind',
  description: 'Tipo de parte procesal.',
  valuesConfig: { PERSON: { description: 'Persona natural (con cédula de identidad).' }, COMPANY: { description: 'Persona jurídica (con NIT).' } },
});
registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: 'Calidad en que una parte interviene en la causa.',
  valuesConfig: {
    DEMANDANTE: { description: 'Quien demanda.' },
    DEMANDADO: { description: 'A quien se demanda.' },
    DENUNCIANTE: { description: 'Quien denuncia (materia penal).' },
    DENUNCIADO: { description: 'A quien se denuncia (materia penal).' },
    TERCERO: { description: 'Tercero interesado.' },
  },
});
registerEnumType(HearingKind, {
  name: 'HearingKind',
  description: 'Tipo de audiencia.',
  valuesConfig: {
    PRELIMINAR: { description: 'Audiencia preliminar.' },
    JUICIO: { description: 'Audiencia de juicio.' },
    CONCILIACION: { description: 'Audiencia de conciliación.' },
    LECTURA_SENTENCIA: { description: 'Lectura de sentencia.' },
  },
});
registerEnumType(HearingStatus, {
  name: 'HearingStatus',
  description: 'Estado de una audiencia.',
  valuesConfig: {
    SCHEDULED: { description: 'Programada.' },
    HELD: { description: 'Realizada.' },
    SUSPENDED: { description: 'Suspendida.' },
  },
});
registerEnumType(RulingKind, {
  name: 'RulingKind',
  description: 'Tipo de resolución judicial.',
  valuesConfig: {
    SENTENCIA: { description: 'Sentencia: resuelve el fondo (la causa pasa a RULED).' },
    AUTO_DEFINITIVO: { description: 'Auto definitivo: concluye el proceso sin resolver el fondo.' },
    AUTO_INTERLOCUTORIO: { description: 'Auto interlocutorio: resuelve una cuestión durante el proceso.' },
    RESOLUCION: { description: 'Otra resolución.' },
  },
});
