import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { createRedis } from './redis';
import { REDIS } from './redis.token';
import { JobProducer } from './job-producer';
import { EventOutbox } from './event-outbox';

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRedis(config.REDIS_URL),
    },
    JobProducer,
    EventOutbox,
  ],
  exports: [REDIS, JobProducer, EventOutbox],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
