import { Redis, type RedisOptions } from 'ioredis';
import { ServiceUnavailableError } from '@parity/shared/database';

const START_HINT =
  'Start it (redis-server --daemonize yes --bind 127.0.0.1 --port 6379), or set REDIS_URL to a server that runs.';

export function describeRedis(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '6379'}`;
}

/** A connection for BullMQ (which needs maxRetriesPerRequest: null) or for plain commands. */
export function createRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}

/** Throws ServiceUnavailableError with a one-sentence hint when Redis does not answer PING. */
export async function assertRedisReachable(url: string, timeoutMs = 3000): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    const reason = error instanceof Error && error.message ? error.message : 'connection refused';
    throw new ServiceUnavailableError('Redis', describeRedis(url), `(${reason}) ${START_HINT}`);
  } finally {
    redis.disconnect();
  }
}
