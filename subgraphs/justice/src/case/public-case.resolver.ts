import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PUBLIC_TAG } from '@egob/subgraph-kit';
import { RESERVED_MATTERS } from '../court/case-matter.enum';
import type { CourtRecord } from '../court/court-catalogue';
import { Court } from '../court/court.type';
import type { JusticeContext } from '../justice-context';
import type { CaseMatter } from '../court/case-matter.enum';
import { CASE_NUMBER } from './case.records';
import type { CaseStatus, HearingKind, HearingStatus, RulingKind } from './case.enums';
import { loadCourt } from './case.resolver';
import { PublicCase, PublicHearing, PublicRuling } from './public-case.type';

/** The public follow-up of a case by number (seguimiento de causas). */
@Resolver(() => PublicCase)
export class PublicCaseResolver {
  @Query(() => PublicCase, {
    nullable: true,
    description: 'Parte pública de una causa por número (sin partes, cédulas ni resúmenes); null si el número no existe o no tiene forma de número de causa. Público.',
  })
  @Directive(PUBLIC_TAG)
  async publicCase(@Arg('number', () => ID, { description: 'Número de causa (p. ej. `LPZ-CIV-03-2025-000001`).' }) number: string, @Ctx() ctx: JusticeContext): Promise<PublicCase | null> {
    if (!CASE_NUMBER.test(number)) return null;
    const row = await ctx.loaders.caseByNumber.load(number);
    if (!row) return null;
    return { number: row.number, courtCode: row.courtCode, matter: row.matter as CaseMatter, status: row.status as CaseStatus, filedOn: row.filedOn };
  }

  @FieldResolver(() => Court, { description: 'Juzgado de la causa.' })
  @Directive(PUBLIC_TAG)
  court(@Root() publicCase: PublicCase, @Ctx() ctx: JusticeContext): Promise<CourtRecord> {
    return loadCourt(publicCase.courtCode, publicCase.number, ctx);
  }

  @FieldResolver(() => [PublicHearing], { description: 'Audiencias, por fecha; en materias reservadas (FAMILIA, NINEZ_ADOLESCENCIA) sin la sala.' })
  @Directive(PUBLIC_TAG)
  async hearings(@Root() publicCase: PublicCase, @Ctx() ctx: JusticeContext): Promise<PublicHearing[]> {
    const reserved = RESERVED_MATTERS.has(publicCase.matter);
    const rows = await ctx.loaders.hearingsByCase.load(publicCase.number);
    return rows.map((row) => ({
      startsAt: row.startsAt,
      courtroom: reserved ? null : row.courtroom,
      kind: row.kind as HearingKind,
      status: row.status as HearingStatus,
    }));
  }

  @FieldResolver(() => [PublicRuling], { description: 'Resoluciones, por fecha: solo fecha y tipo.' })
  @Directive(PUBLIC_TAG)
  async rulings(@Root() publicCase: PublicCase, @Ctx() ctx: JusticeContext): Promise<PublicRuling[]> {
    const rows = await ctx.loaders.rulingsByCase.load(publicCase.number);
    return rows.map((row) => ({ issuedOn: row.issuedOn, kind: row.kind as RulingKind }));
  }
}
