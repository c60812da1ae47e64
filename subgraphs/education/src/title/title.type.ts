import { Field, ID, ObjectType } from 'type-graphql';
import type { InstitutionRecord } from '../institution/institution.type';
import { TitleKind } from './title-kind';

/** A title as the services return it. */
export interface TitleRecord {
  code: string;
  ci: string;
  kind: TitleKind;
  name: string;
  institutionCode: string;
  issuedOn: string;
  contentSha256: string;
  mailboxDocumentId: string | null;
  exported: string | null;
  revokedOn: string | null;
  /** The institution, when the read joined it (lists of an academic record); else the loader fetches it. */
  institution?: InstitutionRecord;
}

/** An academic title granted to a citizen. */
@ObjectType({ description: 'Título académico emitido a una persona y firmado por el Ministerio de Educación.' })
export class AcademicTitle {
  @Field(() => ID, { description: 'Código del título (p. ej. `TIT-2025-7KQ4M2XA`): con él cualquiera lo verifica (verifyTitle).' })
  code: string;

  @Field(() => TitleKind, { description: 'Tipo de título.' })
  kind: TitleKind;

  @Field({ description: 'Nombre del título (p. ej. "Bachiller en Humanidades", "Licenciatura en Informática").' })
  name: string;

  @Field({ description: 'Fecha de emisión (AAAA-MM-DD).' })
  issuedOn: string;

  @Field(() => ID, { nullable: true, description: 'Identificador del documento en el buzón ciudadano; null para títulos anteriores a la plataforma.' })
  mailboxDocumentId: string | null;

  @Field(() => String, { nullable: true, description: 'Documento firmado exportado `{ payload, signature, keyId }` (JSON); null para títulos anteriores a la plataforma.' })
  exported: string | null;
}
