import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSdl } from '../../apps/api/src/graphql/build-schema';
import { TestApp } from '../support/test-app';

const committed = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8');

describe('schema.graphql', () => {
  it('is what the resolvers produce (run `npm run schema:emit` and commit when this fails)', async () => {
    expect(await buildSchemaSdl()).toBe(committed);
  });

  it('is the schema the running api serves', async () => {
    const t = await TestApp.start();
    try {
      const live = `${printSchema(lexicographicSortSchema(t.get(GraphQLSchemaHost).schema))}\n`;
      expect(live).toBe(committed);
    } finally {
      await t.close();
    }
  });
});
