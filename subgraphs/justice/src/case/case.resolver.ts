import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { CourtRecord } from '../court/court-catalogue';
import { Court } from '../court/court.type';
import type { JusticeContext } from '../justice-context';
import { CASE_NUMBER, personCis, toCaseRecord, toHearingRecord, toPartyRecord, toRulingRecord } from './case.records';
import type { CaseRecord, HearingRecord, PartyRecord, RulingRecord } from './case.records';
import { Case, Hearing, Party, Ruling } from './case.type';

/** Returns the court of a case or public case, through the request's DataLoader (a missing court is a bug). */
export async function loadCourt(courtCode: string, number: string, ctx: JusticeContext): Promise<CourtRecord> {
  const court = await ctx.loaders.courtByCode.load(courtCode);
  if (!court) throw new Error(`court ${courtCode} of case ${number} is missing`);
  return court;
}

/** A case by number for clerks and its parties, and the fields of Case that read other tables. */
@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, {
    nullable: true,
    description: 'Causa por número (personal de despacho judicial, o una parte de la causa); null si no existe. La lectura queda registrada a nombre de cada parte (persona) de la causa.',
  })
  async judicialCase(@Arg('number', () => ID, { description: 'Número de causa (p. ej. `LPZ-CIV-03-2025-000001`).' }) number: string, @Ctx() ctx: JusticeContext): Promise<CaseRecord | null> {
    if (!CASE_NUMBER.test(number)) return null;
    const [row, parties] = await Promise.all([ctx.loaders.caseByNumber.load(number), ctx.loaders.partiesByCase.load(number)]);
    if (!row) return null;
    const partyCis = personCis(parties);
    // Reached by number, the read concerns every person party of the case (Party.ci adds the fields of each party read).
    for (const ci of partyCis) ctx.audit.record(ci, 'Query.judicialCase');
    const subject = ctx.request.subject;
    return toCaseRecord(row, { partyCis, viaCi: partyCis.includes(subject) ? subject : null });
  }

  @FieldResolver(() => Court, { description: 'Juzgado de la causa.' })
  court(@Root() judicialCase: CaseRecord, @Ctx() ctx: JusticeContext): Promise<CourtRecord> {
    return loadCourt(judicialCase.courtCode, judicialCase.number, ctx);
  }

  @FieldResolver(() => [Party], { description: 'Partes de la causa, en el orden en que se registraron.' })
  async parties(@Root() judicialCase: CaseRecord, @Ctx() ctx: JusticeContext): Promise<PartyRecord[]> {
    const rows = await ctx.loaders.partiesByCase.load(judicialCase.number);
    return rows.map((row) => toPartyRecord(row, judicialCase));
  }

  @FieldResolver(() => [Hearing], { description: 'Audiencias de la causa, por fecha.' })
  async hearings(@Root() judicialCase: CaseRecord, @Ctx() ctx: JusticeContext): Promise<HearingRecord[]> {
    const rows = await ctx.loaders.hearingsByCase.load(judicialCase.number);
    return rows.map((row) => toHearingRecord(row, judicialCase));
  }

  @FieldResolver(() => [Ruling], { description: 'Resoluciones de la causa, por fecha.' })
  async rulings(@Root() judicialCase: CaseRecord, @Ctx() ctx: JusticeContext): Promise<RulingRecord[]> {
    const rows = await ctx.loaders.rulingsByCase.load(judicialCase.number);
    return rows.map((row) => toRulingRecord(row, judicialCase));
  }
}
