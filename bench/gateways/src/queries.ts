// The operations the rig sends. HEAVY_QUERY has the selection of graphql-gateways-benchmark's
// query (users → reviews → product → reviews → author → reviews → product, and topProducts →
// reviews → author → reviews → product): one request fans out to all four subgraphs, with
// @requires (shippingEstimate) and @provides (author.username) on the way.

const FRAGMENTS = `
fragment User on User {
  id
  username
  name
}

fragment Review on Review {
  id
  body
}

fragment Product on Product {
  inStock
  name
  price
  shippingEstimate
  upc
  weight
}`;

const selection = (topProducts: string) => `{
  users {
    ...User
    reviews {
      ...Review
      product {
        ...Product
        reviews {
          ...Review
          author {
            ...User
            reviews {
              ...Review
              product {
                ...Product
              }
            }
          }
        }
      }
    }
  }
  ${topProducts} {
    ...Product
    reviews {
      ...Review
      author {
        ...User
        reviews {
          ...Review
          product {
            ...Product
          }
        }
      }
    }
  }
}
${FRAGMENTS}
`;

/** The benchmark's heavy nested query, without variables (topProducts takes its default, 5). */
export const HEAVY_QUERY = `query TestQuery ${selection('topProducts')}`;

/**
 * The same query with `topProducts(first: $first)`, for the distinct scenario: every request
 * sends another `first` ≥ 9, so no two concurrent requests are identical (no deduplication),
 * yet every answer is the same — the fixture has nine products, so any first ≥ 9 returns all
 * nine — and weighs the same. It is slightly heavier than HEAVY_QUERY (products 6–9 add four
 * small objects without reviews): compare gateways within a scenario, not across scenarios.
 */
export const DISTINCT_QUERY = `query TestQueryDistinct($first: Int!) ${selection('topProducts(first: $first)')}`;

/** Smallest `first` of DISTINCT_QUERY: the fixture's product count. */
export const DISTINCT_FIRST_BASE = 9;

/** A request the slow-subgraph scenario sends while inventory is slow: products and reviews only, never inventory. */
export const PROBE_QUERY = `query Probe {
  topProducts {
    upc
    name
    price
    reviews {
      id
      body
    }
  }
}
`;

/** Malformed request bodies of the burst, sent in turn: broken JSON, wrong shapes, syntax and validation errors. */
export const MALFORMED_BODIES: readonly string[] = [
  '{"query": "{ users { id } }"',
  '[]',
  '{"variables": {}}',
  '{"query": 42}',
  JSON.stringify({ query: '{ users { id ' }),
  JSON.stringify({ query: '{ users { nope } }' }),
  JSON.stringify({ query: DISTINCT_QUERY, variables: { first: 'many' } }),
  JSON.stringify({ query: HEAVY_QUERY.replace('query TestQuery', 'query TestQuery($x: Nope)') }),
];

/** Returns a generator of DISTINCT_QUERY bodies: first = 9, 10, 11…, so no two requests in flight are alike. */
export function createDistinctBodies(): () => string {
  let counter = 0;
  return () => requestBody(DISTINCT_QUERY, { first: DISTINCT_FIRST_BASE + (counter++ % 1_000_000) });
}

/** Returns the JSON body of a GraphQL request. */
export function requestBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify(variables === undefined ? { query } : { query, variables });
}
