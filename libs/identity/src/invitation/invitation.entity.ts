import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { User } from '../user/user.entity';

/** A one-time link to choose a password. Only the token's SHA-256 is stored. */
@Entity({ tableName: 'invitation' })
export class Invitation extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user: Rel<User>;

  @Unique()
  @Property({ type: 'string', length: 64 })
  tokenHash: string;

  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  invitedById: string | null;

  constructor(user: User, tokenHash: string, expiresAt: Date, invitedById: string | null) {
    super();
    this.user = user;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
    this.invitedById = invitedById;
  }

  isUsable(now: Date): boolean {
    return this.acceptedAt === null && this.expiresAt > now;
  }
}
