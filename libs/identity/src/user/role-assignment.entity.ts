import { Entity, Enum, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { Institution } from '../organisation/institution.entity';
import { Role } from '../authz/role.enum';
import { User } from './user.entity';

/** A role held in one institution. A platform admin's role is recorded in their home institution. */
@Entity({ tableName: 'role_assignment' })
@Unique({ properties: ['user', 'role', 'institution'] })
export class RoleAssignment extends BaseEntity {
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user: Rel<User>;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role: Role;

  @ManyToOne({ entity: () => Institution })
  institution: Rel<Institution>;

  constructor(user: User, role: Role, institution: Institution) {
    super();
    this.user = user;
    this.role = role;
    this.institution = institution;
  }
}
