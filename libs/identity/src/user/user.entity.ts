import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Institution } from '../organisation/institution.entity';
import { Unit } from '../organisation/unit.entity';
import { RankGroup, Sex, StaffCategory, UserStatus } from './person-attributes.enum';
import { RoleAssignment } from './role-assignment.entity';

export interface NewUser {
  institution: Institution;
  email: string;
  displayName: string;
  unit?: Unit | null;
  locale?: string | null;
  timeZone?: string | null;
  sex?: Sex | null;
  staffCategory?: StaffCategory | null;
  rank?: RankGroup | null;
}

@Entity({ tableName: 'user_account' })
export class User extends BaseEntity {
  /** Stored lower-case; unique across the platform. */
  @Unique()
  @Property({ type: 'string', length: 320 })
  email: string;

  @Property({ type: 'string', length: 200 })
  displayName: string;

  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash: string | null = null;

  @Property({ type: 'string', length: 16 })
  locale: string;

  @Property({ type: 'string', length: 64 })
  timeZone: string;

  @Enum({ items: () => UserStatus, nativeEnumName: 'user_status' })
  status: UserStatus = UserStatus.INVITED;

  @ManyToOne({ entity: () => Institution })
  institution: Rel<Institution>;

  @ManyToOne({ entity: () => Unit, nullable: true })
  unit: Rel<Unit> | null;

  @Enum({ items: () => Sex, nativeEnumName: 'sex', nullable: true })
  sex: Sex | null;

  @Enum({ items: () => StaffCategory, nativeEnumName: 'staff_category', nullable: true })
  staffCategory: StaffCategory | null;

  @Enum({ items: () => RankGroup, nativeEnumName: 'rank_group', nullable: true })
  rank: RankGroup | null;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null = null;

  @OneToMany({ entity: () => RoleAssignment, mappedBy: 'user', orphanRemoval: true })
  roles = new Collection<RoleAssignment>(this);

  constructor(input: NewUser) {
    super();
    this.institution = input.institution;
    this.email = User.normaliseEmail(input.email);
    this.displayName = input.displayName.trim();
    this.unit = input.unit ?? null;
    this.locale = input.locale ?? 'en';
    this.timeZone = input.timeZone ?? 'Europe/Belgrade';
    this.sex = input.sex ?? null;
    this.staffCategory = input.staffCategory ?? null;
    this.rank = input.rank ?? null;
  }

  static normaliseEmail(email: string): string {
    return email.trim().toLowerCase();
  }

  setPassword(hash: string): void {
    this.passwordHash = hash;
    if (this.status === UserStatus.INVITED) this.status = UserStatus.ACTIVE;
  }

  recordLogin(at: Date): void {
    this.lastLoginAt = at;
  }

  get canSignIn(): boolean {
    return this.status === UserStatus.ACTIVE && this.passwordHash !== null;
  }
}
