import 'reflect-metadata';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { buildFederatedSchema, findFieldsWithoutRule, isPublic } from '@egob/subgraph-kit';
import { buildSchema as buildGraphqlSchema } from 'graphql';

@ObjectType({ description: 'Algo.' })
class Thing {
  @Field({ description: 'Nombre.' })
  name: string;

  @Field({ description: 'Secreto.' })
  secret: string;
}

@Resolver()
class ThingResolver {
  @Query(() => Thing, { description: 'Una cosa.' })
  thing(): Thing {
    return { name: 'a', secret: 'b' };
  }
}

describe('rules', () => {
  it('lists every object field that no rule names', () => {
    const schema = buildGraphqlSchema('type Query { a: Int b: Int } type T { x: Int y: Int } type U { z: Int }');
    expect(findFieldsWithoutRule(schema, { Query: { a: isPublic }, T: isPublic })).toEqual(['Query.b', 'U.z']);
  });

  it('refuses to build a subgraph with a field that has no rule', async () => {
    await expect(buildFederatedSchema({ resolvers: [ThingResolver], rules: { Query: { thing: isPublic }, Thing: { name: isPublic } } })).rejects.toThrow(
      'fields without an access rule (add them to rules.ts): Thing.secret',
    );
  });

  it('adds the federation entry points itself and prints a federation 2 SDL', async () => {
    const { sdl } = await buildFederatedSchema({ resolvers: [ThingResolver], rules: { Query: { thing: isPublic }, Thing: isPublic } });
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toContain('"""Una cosa."""\n  thing: Thing!');
  });
});

describe('a rule for the whole Query type', () => {
  it('covers every Query field and keeps the federation fields for the gateway only', async () => {
    const { schema } = await buildFederatedSchema({ resolvers: [ThingResolver], rules: { Query: isPublic, Thing: isPublic } });
    expect(schema.getQueryType()?.getFields().thing).toBeDefined();
  });
});
