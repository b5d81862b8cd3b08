import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { GqlContext } from '../graphql/gql-context';
import { loadById } from '../graphql/load-by-id';
import { InstitutionType } from '../organisation/dto/institution.type';
import { Institution } from '../organisation/institution.entity';
import { RoleAssignmentType } from './dto/role-assignment.type';
import type { RoleAssignment } from './role-assignment.entity';

@Resolver(() => RoleAssignmentType)
export class RoleAssignmentFieldsResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField('institution', () => InstitutionType)
  institution(@Parent() assignment: RoleAssignment, @Context() ctx: GqlContext): Promise<Institution> {
    return loadById(ctx.loaders, this.em, Institution, assignment.institution.id);
  }
}
