import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { EntityManager } from '@mikro-orm/postgresql';
import { REDIS } from '@parity/shared/queue';

/** Liveness (the process answers) and readiness (PostgreSQL and Redis answer) for load balancers and Kubernetes. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly em: EntityManager,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, string>> {
    const check = async (probe: () => Promise<unknown>): Promise<'ok' | 'down'> => {
      try {
        await Promise.race([
          probe(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
        ]);
        return 'ok';
      } catch {
        return 'down';
      }
    };
    const [postgres, redis] = await Promise.all([
      check(() => this.em.getConnection().execute('select 1')),
      check(() => this.redis.ping()),
    ]);
    const status = postgres === 'ok' && redis === 'ok' ? 'ok' : 'degraded';
    void reply.status(status === 'ok' ? 200 : 503);
    return { status, postgres, redis };
  }
}
