import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadConfig, ConfigError, NestPinoLogger } from '@parity/shared/config';
import { assertPostgresReachable, ServiceUnavailableError } from '@parity/shared/database';
import { assertRedisReachable } from '@parity/shared/queue';
import { QueueWorkers } from './jobs/queue-workers';
import { WorkerModule } from './worker.module';

/** The worker: a Nest application context (no HTTP) running the BullMQ processors. */
async function main(): Promise<void> {
  const config = loadConfig();
  await assertPostgresReachable(config.DATABASE_URL);
  await assertRedisReachable(config.REDIS_URL);
  const logger = createLogger('worker', config.LOG_LEVEL);
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: new NestPinoLogger(logger),
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.get(QueueWorkers).start();
}

main().catch((error: unknown) => {
  if (error instanceof ServiceUnavailableError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Parity worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
