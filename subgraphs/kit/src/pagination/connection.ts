import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { encodeCursor } from './cursor';

/** Where a page ends and whether another follows. */
@ObjectType({ description: 'Información de paginación de una lista.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'Hay más elementos después de esta página.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor del último elemento: páselo como `after` para pedir la página siguiente.' })
  endCursor: string | null;
}

/** A page of items as services return it, before it becomes a GraphQL connection. */
export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  /** Counts every item matching the filter: a getter, run only when read (the client asks for totalCount). */
  readonly totalCount: Promise<number>;
}

/**
 * Returns an abstract connection class for `itemType`; a subgraph declares
 * `@ObjectType() class CitizenConnection extends Connection(Citizen) {}`.
 */
export function Connection<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [itemType], { description: 'Elementos de esta página.' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Paginación.' })
    pageInfo: PageInfo;

    // A lazy getter on the page: the COUNT runs only when the client selects totalCount.
    @Field(() => Int, { description: 'Total de elementos que cumplen el filtro.' })
    totalCount: Promise<number>;
  }
  return ConnectionClass;
}

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

/**
 * Builds a page from rows fetched with `limit = first + 1` sorted by `keyOf`:
 * the extra row only tells whether another page follows.
 */
export function toPage<R, T>(rows: R[], first: number, keyOf: (row: R) => string, map: (row: R) => T, count: () => Promise<number>): Page<T> {
  const hasNextPage = rows.length > first;
  const pageRows = hasNextPage ? rows.slice(0, first) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    nodes: pageRows.map((row) => map(row)),
    pageInfo: { hasNextPage, endCursor: last === undefined ? null : encodeCursor(keyOf(last)) },
    get totalCount() {
      return count();
    },
  };
}
