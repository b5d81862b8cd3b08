import 'reflect-metadata';
import { createLogger, loadConfig, ConfigError } from '@parity/shared/config';
import { assertPostgresReachable, ServiceUnavailableError } from '@parity/shared/database';
import { assertRedisReachable } from '@parity/shared/queue';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  await assertPostgresReachable(config.DATABASE_URL);
  await assertRedisReachable(config.REDIS_URL);
  const logger = createLogger('api', config.LOG_LEVEL);
  const { app, servesWeb } = await createApp(config, logger);
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.info({ address: config.PUBLIC_URL, servesWeb }, 'api listening');
}

main().catch((error: unknown) => {
  if (error instanceof ServiceUnavailableError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Parity api failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
