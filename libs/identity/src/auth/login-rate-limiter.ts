import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { CommonErrorCode, DomainError } from '@parity/shared/errors';
import { REDIS } from '@parity/shared/queue';

export const MAX_FAILED_LOGINS_PER_ACCOUNT = 10;
export const MAX_FAILED_LOGINS_PER_IP = 50;
export const FAILED_LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Counts failed logins per account and per IP in Redis (shared by all api replicas). Past the limit the
 * login is refused before the password is checked, until the window ends.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string): [string, string] {
    const account = createHash('sha256').update(email).digest('hex').slice(0, 32);
    return [
      `${this.config.REDIS_PREFIX}:login-fail:account:${account}`,
      `${this.config.REDIS_PREFIX}:login-fail:ip:${ip}`,
    ];
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [accountKey, ipKey] = this.keys(email, ip);
    const [account, byIp] = await this.redis.mget(accountKey, ipKey);
    if (
      Number(account ?? 0) >= MAX_FAILED_LOGINS_PER_ACCOUNT ||
      Number(byIp ?? 0) >= MAX_FAILED_LOGINS_PER_IP
    ) {
      const ttl = Math.max(await this.redis.ttl(accountKey), await this.redis.ttl(ipKey), 1);
      throw new DomainError(
        CommonErrorCode.RATE_LIMITED,
        'Too many failed sign-in attempts. Try again later.',
        {
          retryAfterSeconds: ttl,
        },
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const [accountKey, ipKey] = this.keys(email, ip);
    await this.redis
      .multi()
      .incr(accountKey)
      .expire(accountKey, FAILED_LOGIN_WINDOW_SECONDS, 'NX')
      .incr(ipKey)
      .expire(ipKey, FAILED_LOGIN_WINDOW_SECONDS, 'NX')
      .exec();
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.redis.del(this.keys(email, ip)[0]);
  }
}
