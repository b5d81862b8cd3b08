import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { platformOrmOptions } from './orm.config';

/**
 * The ORM for a process. The request/job context (a forked EntityManager per request and per job) is created
 * by the api's HTTP hook and the worker's job wrapper; the global EntityManager is never used directly
 * (allowGlobalContext: false makes that an error).
 */
@Module({
  imports: [
    MikroOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...platformOrmOptions(config.DATABASE_URL),
        registerRequestContext: false,
      }),
      driver: PostgreSqlDriver,
    }),
  ],
})
export class PlatformDatabaseModule {}
