import {
  GraphQLInt,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  specifiedRules,
  validate,
} from 'graphql'

import { documentBudgetRule, GRAPHQL_DOCUMENT_BUDGET, HAS_MANY_ESTIMATE } from './graphql-budget'
import type { Requester } from './read-bounds'

// A schema shaped like Payload's: lists take `limit`; relationship and upload fields carry a
// `complexity` extension (Payload's 10).
const relation = { extensions: { complexity: 10 } }
const Media = new GraphQLObjectType({ name: 'Media', fields: { url: { type: GraphQLString } } })
const Person: GraphQLObjectType = new GraphQLObjectType({
  name: 'Person',
  fields: () => ({
    name: { type: GraphQLString },
    headshot: { type: Media, ...relation },
    articles: { type: new GraphQLList(Article), ...relation },
  }),
})
const Article: GraphQLObjectType = new GraphQLObjectType({
  name: 'Article',
  fields: () => ({
    title: { type: GraphQLString },
    heroImage: { type: Media, ...relation },
    authors: { type: new GraphQLList(Person), ...relation },
  }),
})
const Articles = new GraphQLObjectType({
  name: 'Articles',
  fields: { docs: { type: new GraphQLList(Article) }, totalDocs: { type: GraphQLInt } },
})
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { Articles: { type: Articles, args: { limit: { type: GraphQLInt } } } },
  }),
})

function errors(requester: Requester, query: string, variables: Record<string, unknown> = {}) {
  return validate(schema, parse(query), [...specifiedRules, documentBudgetRule(requester, variables)]).map(
    (error) => error.message,
  )
}

describe('documentBudgetRule', () => {
  it('lets a listing with its images and authors through', () => {
    expect(
      errors('anonymous', '{ Articles(limit: 20) { docs { title heroImage { url } authors { name } } } }'),
    ).toEqual([])
  })

  it('refuses a hundred aliases of a full page, naming the limit', () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: Articles(limit: 100) { docs { title } }`)
    const [message] = errors('anonymous', `{ ${aliases.join(' ')} }`)
    expect(message).toMatch(/^limit: this query may read about 10000 documents; at most 1000/)
  })

  it('counts limits given as variables, and limit 0 as a full page', () => {
    const query = 'query ($n: Int) { a: Articles(limit: $n) { docs { title authors { name } } } }'
    expect(errors('anonymous', query, { n: 10 })).toEqual([])
    // 100 × (1 + 5 authors) = 600 documents: within the budget; twice that is not.
    expect(errors('anonymous', query, { n: 0 })).toEqual([])
    const twice =
      'query ($n: Int) { a: Articles(limit: $n) { docs { title authors { name } } } ' +
      'b: Articles(limit: $n) { docs { title authors { name } } } }'
    expect(errors('anonymous', twice, { n: 0 })).toEqual([
      expect.stringMatching(/^limit: .* about 1200 documents/),
    ])
    expect(HAS_MANY_ESTIMATE).toBe(5)
  })

  it('refuses more relationships in a row than REST depth allows, as depth', () => {
    const deep = '{ Articles(limit: 1) { docs { authors { articles { authors { name } } } } } }'
    expect(errors('anonymous', deep)).toEqual([
      'depth: this query follows 3 relationships in a row; at most 2 are allowed for this requester',
    ])
    expect(errors('users', deep)).toEqual([])
  })

  it('follows fragments', () => {
    const query = `{ Articles(limit: 1) { docs { ...A } } }
      fragment A on Article { authors { articles { authors { name } } } }`
    expect(errors('directory-members', query)).toEqual([expect.stringMatching(/^depth: /)])
  })

  it('gives staff a larger budget', () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: Articles(limit: 100) { docs { title } }`)
    expect(errors('anonymous', `{ ${aliases.join(' ')} }`)).toHaveLength(1)
    expect(errors('users', `{ ${aliases.join(' ')} }`)).toEqual([])
    expect(GRAPHQL_DOCUMENT_BUDGET.users).toBeGreaterThan(GRAPHQL_DOCUMENT_BUDGET.anonymous)
  })
})
