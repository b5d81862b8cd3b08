import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { CommonErrorCode, DomainError } from '@parity/shared/errors';
import { REDIS } from '@parity/shared/queue';

/** Unknown codes one IP may try per window (a person mistyping a code needs a few; an enumerator needs millions). */
export const MAX_UNKNOWN_CODES_PER_IP = 20;
/** Verifications (known codes included) one IP may ask per window: a scraper of leaked codes is slowed too. */
export const MAX_VERIFICATIONS_PER_IP = 300;
export const VERIFICATION_WINDOW_SECONDS = 15 * 60;

/** Counts verifications per IP in Redis (shared by every api replica), like the login limiter. */
@Injectable()
export class VerificationRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(ip: string): { unknown: string; all: string } {
    const prefix = `${this.config.REDIS_PREFIX}:verify-certificate`;
    return { unknown: `${prefix}:unknown:${ip}`, all: `${prefix}:all:${ip}` };
  }

  /** Counts this verification and refuses it when the IP is past either limit. */
  async take(ip: string): Promise<void> {
    const keys = this.keys(ip);
    const results = await this.redis
      .multi()
      .incr(keys.all)
      .expire(keys.all, VERIFICATION_WINDOW_SECONDS, 'NX')
      .get(keys.unknown)
      .exec();
    const all = Number(results?.[0]?.[1] ?? 0);
    const unknown = Number(results?.[2]?.[1] ?? 0);
    if (all > MAX_VERIFICATIONS_PER_IP || unknown >= MAX_UNKNOWN_CODES_PER_IP) {
      const ttl = Math.max(await this.redis.ttl(keys.all), await this.redis.ttl(keys.unknown), 1);
      throw new DomainError(CommonErrorCode.RATE_LIMITED, 'Too many verifications. Try again later.', {
        retryAfterSeconds: ttl,
      });
    }
  }

  async recordUnknown(ip: string): Promise<void> {
    const key = this.keys(ip).unknown;
    await this.redis.multi().incr(key).expire(key, VERIFICATION_WINDOW_SECONDS, 'NX').exec();
  }
}
