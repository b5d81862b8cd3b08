import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { IdentityModule } from '@parity/identity';
import { CurriculumModule } from '@parity/curriculum';
import { LearningModule } from '@parity/learning';
import { AssessmentModule } from '@parity/assessment';
import { CertificationModule } from '@parity/certification';
import { NotificationsModule } from '@parity/notifications';
import { CoachingModule } from '@parity/coaching';
import { ReportingModule } from '@parity/reporting';
import { PlatformInfoModule } from '../platform-info/platform-info.module';

/** Modules whose resolvers make up the public API (add a domain module here when it gains resolvers). */
export const API_MODULES = [
  IdentityModule,
  CurriculumModule,
  LearningModule,
  AssessmentModule,
  CertificationModule,
  NotificationsModule,
  CoachingModule,
  ReportingModule,
  PlatformInfoModule,
];

const RESOLVER_METADATA = 'graphql:resolver_type';

function resolversOf(modules: readonly object[]): (new (...args: never[]) => unknown)[] {
  return modules.flatMap((module) =>
    ((Reflect.getMetadata('providers', module) ?? []) as (new (...args: never[]) => unknown)[]).filter(
      (provider) => typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_METADATA, provider),
    ),
  );
}

/** The GraphQL schema as SDL, built from the resolvers alone (no database needed), sorted for stable diffs. */
export async function buildSchemaSdl(): Promise<string> {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await context.get(GraphQLSchemaFactory).create(resolversOf(API_MODULES));
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await context.close();
  }
}
