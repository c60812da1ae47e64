import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from '../errors/bad-user-input';
import { messages } from '../messages';
import { encodeCursor } from './cursor';

/** Marks a type or field as part of the public contract variant of the graph. */
export const PUBLIC_TAG = '@tag(name: "public")';

/** Where a page ends and whether another follows (no data of anyone: public everywhere). */
@ObjectType({ description: 'Información de paginación de una lista.' })
@Directive('@shareable')
@Directive(PUBLIC_TAG)
export class PageInfo {
  @Field({ description: 'Hay más elementos después de esta página.' })
  @Directive(PUBLIC_TAG)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor del último elemento: páselo como `after` para pedir la página siguiente.' })
  @Directive(PUBLIC_TAG)
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
 * `@ObjectType() class CitizenConnection extends Connection(Citizen) {}`. With
 * `public: true` its fields carry the public tag (tag the subclass too).
 */
export function Connection<T extends object>(itemType: ClassType<T>, options: { public?: boolean } = {}) {
  const tag: PropertyDecorator = options.public ? Directive(PUBLIC_TAG) : () => undefined;

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [itemType], { description: 'Elementos de esta página.' })
    @tag
    nodes: T[];

    @Field(() => PageInfo, { description: 'Paginación.' })
    @tag
    pageInfo: PageInfo;

    // A lazy getter on the page: the COUNT runs only when the client selects totalCount.
    @Field(() => Int, { description: 'Total de elementos que cumplen el filtro.' })
    @tag
    totalCount: Promise<number>;
  }
  return ConnectionClass;
}

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

/** Throws BAD_USER_INPUT unless 1 ≤ first ≤ MAX_PAGE_SIZE. */
export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badUserInput(messages.invalidPageSize(MAX_PAGE_SIZE), 'first');
}

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
