import type { ConsentChecker, GraphClient } from '@egob/subgraph-kit';
import { isCi } from '../citizen/citizen.type';

/** The consent scope under which education lets an entity read a citizen's titles. */
export const TITLES_SCOPE = 'education:titles';

/** Why a citizen's titles are or are not known to the matching. */
export type TitlesAnswer = { status: 'GIVEN'; kinds: string[] } | { status: 'NOT_CONSENTED' } | { status: 'UNAVAILABLE' };

/**
 * Returns the academic title kinds of each CI (in the order of `cis`), asking first
 * whether each granted `entity` the `education:titles` scope (in parallel), then the
 * consenting ones' titles in ONE gateway request with an alias per CI. Without a graph
 * client, or when the gateway fails, titles are UNAVAILABLE: the matching goes on without them.
 */
export async function fetchAcademicTitles(
  graph: GraphClient | null,
  consents: ConsentChecker,
  entity: string,
  cis: readonly string[],
): Promise<TitlesAnswer[]> {
  if (graph === null || cis.length === 0) return cis.map(() => ({ status: 'UNAVAILABLE' }));
  const granted = await Promise.all(cis.map((ci) => (isCi(ci) ? consents.isGranted(ci, entity, TITLES_SCOPE) : Promise.resolve(false))));
  const asked = cis.filter((ci, index) => granted[index] && isCi(ci));
  const titles = new Map<string, string[] | null>();
  if (asked.length > 0) {
    // The CIs were checked against CI_PATTERN (digits, a hyphen, a digit and a capital letter): safe inside the document.
    const document = `query LaborMatchingTitles { ${asked.map((ci, index) => `t${index}: academicTitles(ci: "${ci}") { kind name issuedOn }`).join(' ')} }`;
    try {
      const answer = await graph.query<Record<string, Array<{ kind: string }> | null>>(document);
      asked.forEach((ci, index) => {
        const list = answer.data?.[`t${index}`];
        titles.set(ci, Array.isArray(list) ? list.map((title) => title.kind) : null);
      });
    } catch {
      // Unreachable gateway: titles stay unavailable.
    }
  }
  return cis.map((ci, index) => {
    if (!granted[index]) return { status: 'NOT_CONSENTED' };
    const kinds = titles.get(ci);
    return kinds ? { status: 'GIVEN', kinds } : { status: 'UNAVAILABLE' };
  });
}
