import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { NestPinoLogger, type AppConfig } from '@parity/shared/config';
import { repoRoot } from '@parity/platform';
import { AppModule } from './app.module';
import { addSecurityHeaders } from './http/security-headers';
import { serveWebApp } from './http/web-app';

/** Builds the api (not listening yet): Fastify, cookies, a forked EntityManager per request, the web app. */
export async function createApp(
  config: AppConfig,
  logger: Logger,
): Promise<{ app: NestFastifyApplication; servesWeb: boolean }> {
  const adapter = new FastifyAdapter({ trustProxy: config.TRUST_PROXY, bodyLimit: 4 * 1024 * 1024 });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyCookie);
  // Uploads (PUT /files) arrive as raw bytes: hand the stream to the handler, bounded by the upload policy's size.
  fastify.addContentTypeParser(
    'application/octet-stream',
    { bodyLimit: 26 * 1024 * 1024 },
    (_request, payload, done) => done(null, payload),
  );
  const orm = app.get(MikroORM);
  fastify.addHook('onRequest', (_request, _reply, done) => {
    RequestContext.create(orm.em, done);
  });
  addSecurityHeaders(fastify, config.NODE_ENV === 'production');
  const servesWeb = serveWebApp(fastify, config.WEB_DIST ?? join(repoRoot(), 'dist/web'));
  app.enableShutdownHooks();
  return { app, servesWeb };
}
