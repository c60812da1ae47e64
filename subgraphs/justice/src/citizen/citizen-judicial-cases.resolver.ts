import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { personCis, toCaseRecord, type CaseRecord } from '../case/case.records';
import { Case } from '../case/case.type';
import type { JusticeContext } from '../justice-context';
import { Citizen } from './citizen.type';

/** Adds `Citizen.judicialCases`: the cases where the citizen is a party. */
@Resolver(() => Citizen)
export class CitizenJudicialCasesResolver {
  @FieldResolver(() => [Case], {
    description: 'Causas judiciales en las que la persona es parte, de la más reciente a la más antigua. Solo la propia persona y el personal de despacho judicial.',
  })
  async judicialCases(@Root() citizen: Citizen, @Ctx() ctx: JusticeContext): Promise<CaseRecord[]> {
    const rows = await ctx.loaders.casesByPartyCi.load(citizen.ci);
    // The rules of Case need its person parties: one batched read for every case of every citizen.
    const parties = await Promise.all(rows.map((row) => ctx.loaders.partiesByCase.load(row.number)));
    return rows.map((row, index) => toCaseRecord(row, { partyCis: personCis(parties[index]!), viaCi: citizen.ci }));
  }
}
