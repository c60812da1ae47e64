import { Field, ID, Int, ObjectType } from 'type-graphql';
import { JobPosting } from '../job-posting/job-posting.type';

/** One posting ranked for a citizen. */
@ObjectType({ description: 'Una oferta puntuada para el perfil de una persona.' })
export class PostingMatch {
  /** Whose profile was scored (not a field: the audit reads it). */
  ci: string;

  @Field(() => JobPosting, { description: 'La oferta.' })
  posting: JobPosting;

  @Field(() => Int, { description: 'Puntuación de 0 a 100.' })
  score: number;

  @Field(() => [String], { description: 'Por qué: territorio, experiencia, título (o por qué no se consideró) y palabras clave.' })
  reasons: string[];
}

/** Open postings ranked for a citizen's profile. */
@ObjectType({ description: 'Ofertas abiertas ordenadas según el perfil laboral de una persona.' })
export class PostingMatches {
  /** Whose profile was scored (not a field: the audit reads it). */
  ci: string;

  @Field({ description: 'Se consideraron los títulos académicos de la persona (con su autorización `education:titles` al Ministerio de Trabajo).' })
  titlesConsidered: boolean;

  @Field(() => String, { nullable: true, description: 'Por qué no se consideraron los títulos, o que falta el perfil; null si no hay nada que advertir.' })
  notice: string | null;

  @Field(() => [PostingMatch], { description: 'Ofertas de mayor a menor puntuación.' })
  matches: PostingMatch[];
}

/** One profile ranked for a posting. */
@ObjectType({ description: 'Un perfil laboral visible para empleadores, puntuado para una oferta.' })
export class ProfileMatch {
  @Field(() => ID, { description: 'Cédula de identidad de la persona.' })
  ci: string;

  @Field(() => String, { nullable: true, description: 'Nombre: siempre null aquí (el registro laboral no guarda nombres; Ciudadanía Digital los da a servidores públicos).' })
  displayName: string | null;

  @Field({ description: 'Puesto que busca.' })
  desiredPosition: string;

  @Field(() => Int, { description: 'Puntuación de 0 a 100.' })
  score: number;

  @Field({ description: 'Se consideraron sus títulos académicos (con su autorización `education:titles` al Ministerio de Trabajo).' })
  titlesConsidered: boolean;

  @Field(() => String, { nullable: true, description: 'Por qué no se consideraron sus títulos; null si se consideraron.' })
  notice: string | null;

  @Field(() => [String], { description: 'Por qué: territorio, experiencia, título (o por qué no se consideró) y palabras clave.' })
  reasons: string[];
}

/** Profiles ranked for a posting. */
@ObjectType({ description: 'Perfiles visibles para empleadores ordenados según una oferta.' })
export class ProfileMatches {
  @Field(() => [ProfileMatch], { description: 'Perfiles de mayor a menor puntuación.' })
  matches: ProfileMatch[];
}
