import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService } from '../authz/authorization.service';
import type { GqlContext } from '../graphql/gql-context';
import { loadById, loadManyBy } from '../graphql/load-by-id';
import { InstitutionType } from '../organisation/dto/institution.type';
import { UnitType } from '../organisation/dto/unit.type';
import { Institution } from '../organisation/institution.entity';
import { Unit } from '../organisation/unit.entity';
import { PersonalAttributesType } from './dto/personal-attributes.type';
import { RoleAssignmentType } from './dto/role-assignment.type';
import { UserType } from './dto/user.type';
import { RoleAssignment } from './role-assignment.entity';
import type { User } from './user.entity';

@Resolver(() => UserType)
export class UserFieldsResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  @ResolveField('institution', () => InstitutionType)
  institution(@Parent() user: User, @Context() ctx: GqlContext): Promise<Institution> {
    return loadById(ctx.loaders, this.em, Institution, user.institution.id);
  }

  @ResolveField('unit', () => UnitType, { nullable: true })
  async unit(@Parent() user: User, @Context() ctx: GqlContext): Promise<Unit | null> {
    return user.unit ? loadById(ctx.loaders, this.em, Unit, user.unit.id) : null;
  }

  @ResolveField('roles', () => [RoleAssignmentType])
  roles(@Parent() user: User, @Context() ctx: GqlContext): Promise<RoleAssignment[]> {
    return loadManyBy(
      ctx.loaders,
      'RoleAssignment.byUser',
      user.id,
      (ids) => this.em.find(RoleAssignment, { user: { $in: [...ids] } }, { orderBy: { role: 'asc' } }),
      (row) => row.user.id,
    );
  }

  /** Sex, staff category and rank: only for the person and authorised admins; FORBIDDEN for anyone else. */
  @ResolveField('personal', () => PersonalAttributesType, { nullable: true })
  async personal(@Parent() user: User, @Context() ctx: GqlContext): Promise<PersonalAttributesType> {
    const unit = user.unit ? await loadById(ctx.loaders, this.em, Unit, user.unit.id) : null;
    this.authz.assert(ctx.actor, 'user.personal.read', {
      institutionId: user.institution.id,
      unitPath: unit?.path ?? null,
      ownerId: user.id,
    });
    return { sex: user.sex, staffCategory: user.staffCategory, rank: user.rank };
  }
}
