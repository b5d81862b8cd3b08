import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './query-limits.rule';

const schema = buildSchema(`
  type Label { locale: String! text: String! }
  type Node { id: ID! child: Node children: [Node!]! labels: [Label!]! }
  type Page { nodes: [Node!]! }
  type Query { node: Node nodes: [Node!]! page(first: Int): Page! }
`);

const check = (query: string, maxDepth = 4, maxCost = 100) =>
  validate(schema, parse(query), [queryLimitsRule(maxDepth, maxCost, new Set(['Label']))]).map(
    (error) => error.extensions['code'],
  );

describe('query limits', () => {
  it('lets a query within depth and cost through', () => {
    expect(check(`{ node { child { child { id } } } }`)).toEqual([]);
  });

  it('refuses a query nested deeper than the limit', () => {
    expect(check(`{ node { child { child { child { id } } } } }`)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('counts depth through fragments, and does not loop on fragment cycles', () => {
    expect(check(`{ node { ...a } } fragment a on Node { child { child { child { id } } } }`)).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
  });

  it('multiplies cost under lists, so a wide nested list query is refused', () => {
    expect(check(`{ nodes { id } }`, 10, 100)).toEqual([]);
    expect(check(`{ nodes { children { children { id } } } }`, 10, 100)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('counts a page by its size, and short bounded lists (like translations) once', () => {
    expect(check(`{ page(first: 5) { nodes { id labels { locale text } } } }`, 10, 100)).toEqual([]);
    expect(check(`{ page(first: 50) { nodes { id labels { locale text } } } }`, 10, 100)).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
    expect(check(`query($n: Int) { page(first: $n) { nodes { id } } }`, 10, 100)).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
  });
});
