import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '../user/user.entity';

/** An opaque server-side session: the cookie holds a random token, the database only its SHA-256. */
@Entity({ tableName: 'auth_session' })
export class AuthSession extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user: Rel<User>;

  @Unique()
  @Property({ type: 'string', length: 64 })
  tokenHash: string;

  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'datetime' })
  lastSeenAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  constructor(user: User, tokenHash: string, expiresAt: Date) {
    super();
    this.user = user;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
  }

  isActive(now: Date): boolean {
    return this.revokedAt === null && this.expiresAt > now;
  }

  revoke(at: Date): void {
    this.revokedAt ??= at;
  }
}
