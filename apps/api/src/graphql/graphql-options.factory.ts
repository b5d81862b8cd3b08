import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { AppConfig } from '@parity/shared/config';
import { createLogger } from '@parity/shared/config';
import { LoaderRegistry } from '@parity/shared/database';
import type { GqlContext, SessionService } from '@parity/identity';
import { sessionCookie } from '../http/session-cookie';
import { formatError } from './format-error';
import { queryLimitsRule } from './query-limits.rule';
import { storableTextPlugin } from './storable-text.plugin';
import { requestedLocale } from './requested-locale';

/** Object types that only ever come in short lists (at most one per language, per role, …). */
export const BOUNDED_LIST_TYPES = new Set([
  'Translation',
  'LocaleCompleteness',
  'RoleAssignment',
  'ImportProblem',
  'QuestionChoice',
  'ChoiceMatch',
  'LessonFile',
  'QuizItem',
]);

/** Apollo on Fastify: schema in memory (emitted by `npm run schema:emit`), limits, errors, per-request context. */
export function graphqlOptions(config: AppConfig, sessions: SessionService): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  const secureCookie = new URL(config.PUBLIC_URL).protocol === 'https:';
  const logger = createLogger('api-graphql', config.LOG_LEVEL);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    playground: false,
    plugins: [
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: false }),
      storableTextPlugin(),
    ],
    validationRules: [queryLimitsRule(config.GRAPHQL_MAX_DEPTH, config.GRAPHQL_MAX_COST, BOUNDED_LIST_TYPES)],
    includeStacktraceInErrorResponses: false,
    formatError: formatError(logger),
    context: async (request: FastifyRequest, reply: FastifyReply): Promise<GqlContext> => {
      const session = sessionCookie(request, reply, secureCookie);
      return {
        actor: await sessions.resolve(session.token),
        ip: request.ip,
        session,
        loaders: new LoaderRegistry(),
        locale: requestedLocale(request.headers['accept-language']),
      };
    },
  };
}
