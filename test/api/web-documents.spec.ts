import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { loadConfig } from '@parity/shared/config';
import { queryLimitsRule } from '../../apps/api/src/graphql/query-limits.rule';
import { BOUNDED_LIST_TYPES } from '../../apps/api/src/graphql/graphql-options.factory';

const root = join(__dirname, '../..');
const dir = join(root, 'apps/web/src/graphql');

describe('the web app’s GraphQL documents', () => {
  it('are valid against schema.graphql and within the api’s depth and cost limits (so no page is refused)', () => {
    const schema = buildSchema(readFileSync(join(root, 'schema.graphql'), 'utf8'));
    const source = readdirSync(dir)
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    const config = loadConfig({});
    const errors = validate(schema, parse(source), [
      ...specifiedRules,
      queryLimitsRule(config.GRAPHQL_MAX_DEPTH, config.GRAPHQL_MAX_COST, BOUNDED_LIST_TYPES),
    ]);
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
