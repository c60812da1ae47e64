/** Marks a type or field as part of the public contract variant of the graph (all of this subgraph's data is public). */
export { PUBLIC_TAG } from '@egob/subgraph-kit';
