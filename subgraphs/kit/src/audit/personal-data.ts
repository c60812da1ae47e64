/**
 * Types whose fields are personal data, each with how to get whose data a parent value
 * is (the subject's CI; null when none). The parent is `any` because it is whatever that
 * subgraph's resolvers produce for the type: each subgraph's function narrows it.
 */
export type PersonalDataMap = Record<string, (parent: any) => string | null | undefined>;
