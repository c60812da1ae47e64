import { messages } from '../messages';

/** Title levels, lowest first (the education subgraph's TitleKind). */
export const TITLE_LEVELS = ['BACHILLER', 'TECNICO_MEDIO', 'TECNICO_SUPERIOR', 'LICENCIATURA', 'MAESTRIA', 'DOCTORADO'] as const;

/** One title level. */
export type TitleLevel = (typeof TITLE_LEVELS)[number];

/** Points of each part of the score; without titles the other parts are scaled to 100. */
export const WEIGHTS = Object.freeze({ territory: 30, experience: 25, title: 25, keywords: 20 });

/** What the matching knows of a candidate. */
export interface CandidateFacts {
  /** INE municipality where the person looks for work. */
  municipalityCode: string;
  desiredPosition: string;
  skills: readonly string[];
  experienceMonths: number;
  /** The person's title levels, or null when they are not considered (no consent, unavailable). */
  titles: readonly string[] | null;
}

/** What the matching knows of a posting. */
export interface PostingFacts {
  municipalityCode: string;
  title: string;
  requiredTitle: string | null;
  minimumExperienceMonths: number;
}

/** A score between 0 and 100 and why. */
export interface MatchScore {
  score: number;
  reasons: string[];
  titlesConsidered: boolean;
}

const STOPWORDS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'en', 'y', 'e', 'o', 'u', 'para', 'con', 'por', 'un', 'una', 'al', 'a']);

/** Returns the keywords of a text: lower case, without accents, words of 3 or more letters that are not stop words. */
export function keywordsOf(text: string): string[] {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !STOPWORDS.has(word));
  return [...new Set(words)];
}

/** Returns the level (0 = BACHILLER) of a title kind, or -1 for an unknown one. */
export function titleLevel(kind: string): number {
  return (TITLE_LEVELS as readonly string[]).indexOf(kind);
}

/**
 * Scores how well a candidate fits a posting (0–100), deterministically, with one reason
 * per part: territory (same municipality 30, same department 15), experience against the
 * minimum (25, proportional), title level against the required one (25, all or nothing;
 * only when the candidate's titles are considered — otherwise that part is left out and
 * the other 75 points are scaled to 100) and the posting title's keywords found in the
 * desired position (whole) or only in the skills (half) (20, proportional).
 */
export function scoreMatch(candidate: CandidateFacts, posting: PostingFacts): MatchScore {
  const reasons: string[] = [];
  let points = 0;

  if (candidate.municipalityCode === posting.municipalityCode) {
    points += WEIGHTS.territory;
    reasons.push(messages.matching.sameMunicipality(posting.municipalityCode));
  } else if (candidate.municipalityCode.slice(0, 2) === posting.municipalityCode.slice(0, 2)) {
    points += WEIGHTS.territory / 2;
    reasons.push(messages.matching.sameDepartment(posting.municipalityCode.slice(0, 2)));
  } else {
    reasons.push(messages.matching.otherDepartment);
  }

  const minimum = posting.minimumExperienceMonths;
  points += minimum <= 0 ? WEIGHTS.experience : Math.floor((WEIGHTS.experience * Math.min(candidate.experienceMonths, minimum)) / minimum);
  reasons.push(messages.matching.experience(candidate.experienceMonths, minimum));

  const titlesConsidered = candidate.titles !== null;
  if (candidate.titles === null) {
    reasons.push(messages.matching.titlesLeftOut);
  } else if (posting.requiredTitle === null) {
    points += WEIGHTS.title;
    reasons.push(messages.matching.noTitleRequired);
  } else {
    const highest = highestTitle(candidate.titles);
    if (highest === null) {
      reasons.push(messages.matching.noTitles(posting.requiredTitle));
    } else if (titleLevel(highest) >= titleLevel(posting.requiredTitle)) {
      points += WEIGHTS.title;
      reasons.push(messages.matching.titleMeets(highest, posting.requiredTitle));
    } else {
      reasons.push(messages.matching.titleBelow(highest, posting.requiredTitle));
    }
  }

  // A keyword of the posting's title counts 1 when it is in the desired position, 1/2 when only in the skills.
  const wanted = keywordsOf(posting.title);
  const desired = new Set(keywordsOf(candidate.desiredPosition));
  const skills = new Set(keywordsOf(candidate.skills.join(' ')));
  const matched = wanted.filter((word) => desired.has(word) || skills.has(word));
  const halves = wanted.reduce((sum, word) => sum + (desired.has(word) ? 2 : skills.has(word) ? 1 : 0), 0);
  if (wanted.length > 0) points += Math.floor((WEIGHTS.keywords * halves) / (2 * wanted.length));
  reasons.push(messages.matching.keywords(matched, wanted.length));

  const maximum = titlesConsidered ? 100 : 100 - WEIGHTS.title;
  return { score: Math.round((points * 100) / maximum), reasons, titlesConsidered };
}

/** Returns the highest known title level of a list, or null when there is none. */
export function highestTitle(titles: readonly string[]): TitleLevel | null {
  let best = -1;
  for (const title of titles) best = Math.max(best, titleLevel(title));
  return best < 0 ? null : TITLE_LEVELS[best]!;
}

/** A ranked item: the item, its score and reasons. */
export interface Ranked<T> extends MatchScore {
  item: T;
}

/**
 * Ranks postings for one candidate: best score first, ties by `order` of the input
 * (the caller's order, e.g. newest first); returns the first `first`.
 */
export function rankPostings<T>(candidate: CandidateFacts, postings: ReadonlyArray<{ item: T; facts: PostingFacts }>, first: number): Ranked<T>[] {
  return rank(postings.map(({ item, facts }) => ({ item, ...scoreMatch(candidate, facts) })), first);
}

/** Ranks candidates for one posting: best score first, ties in input order (e.g. by CI); returns the first `first`. */
export function rankCandidates<T>(posting: PostingFacts, candidates: ReadonlyArray<{ item: T; facts: CandidateFacts }>, first: number): Ranked<T>[] {
  return rank(candidates.map(({ item, facts }) => ({ item, ...scoreMatch(facts, posting) })), first);
}

function rank<T>(scored: Ranked<T>[], first: number): Ranked<T>[] {
  return scored
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.score - a.entry.score || a.index - b.index)
    .slice(0, first)
    .map(({ entry }) => entry);
}
