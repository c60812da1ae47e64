import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { badUserInput } from '@egob/subgraph-kit';
import { isCi } from '../citizen/citizen.type';
import { isJobPostingKey } from '../job-posting/job-posting.service';
import type { LaborContext } from '../labor-context';
import { messages } from '../messages';
import { MAX_MATCHES } from './matching.service';
import { PostingMatches, ProfileMatches } from './matching.types';

/** Matching of profiles and postings (explained scores). */
@Resolver()
export class MatchingResolver {
  @Query(() => PostingMatches, {
    description:
      'Ofertas abiertas ordenadas para el perfil de una persona (puntuación 0–100 explicada). Usa sus títulos solo si autorizó al Ministerio de Trabajo (`education:titles`), y si no, lo dice. La propia persona o un inspector de trabajo.',
  })
  matchingPostings(
    @Arg('ci', () => ID, { description: 'Cédula de identidad de la persona.' }) ci: string,
    @Arg('first', () => Int, { defaultValue: 10, description: `Cuántas (1 a ${MAX_MATCHES}).` }) first: number,
    @Ctx() ctx: LaborContext,
  ): Promise<PostingMatches> {
    if (!isCi(ci)) throw badUserInput(messages.invalidCi, 'ci');
    assertMatchCount(first);
    return ctx.services.matching.matchPostings(ci, first, { graph: ctx.graph, consents: ctx.consents });
  }

  @Query(() => ProfileMatches, {
    description:
      'Perfiles visibles para empleadores ordenados para una oferta (puntuación 0–100 explicada; títulos solo de quienes lo autorizaron). El empleador de la oferta o un inspector de trabajo.',
  })
  async matchingProfiles(
    @Arg('postingId', () => ID, { description: 'Identificador de la oferta.' }) postingId: string,
    @Arg('first', () => Int, { defaultValue: 10, description: `Cuántos (1 a ${MAX_MATCHES}).` }) first: number,
    @Ctx() ctx: LaborContext,
  ): Promise<ProfileMatches> {
    assertMatchCount(first);
    // The rule already loaded the posting (same loader): no second query.
    const posting = isJobPostingKey(postingId) ? await ctx.loaders.jobPostingById.load(postingId) : null;
    if (posting === null) throw badUserInput(messages.postingNotFound, 'postingId');
    return ctx.services.matching.matchProfiles(posting, first, { graph: ctx.graph, consents: ctx.consents });
  }
}

function assertMatchCount(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_MATCHES) throw badUserInput(messages.invalidMatchCount(MAX_MATCHES), 'first');
}
