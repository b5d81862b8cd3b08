import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { GqlContext } from '../graphql/gql-context';
import { loadById } from '../graphql/load-by-id';
import { UserType } from '../user/dto/user.type';
import { User } from '../user/user.entity';
import { InvitationType } from './dto/invitation.type';
import type { Invitation } from './invitation.entity';

@Resolver(() => InvitationType)
export class InvitationFieldsResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField('user', () => UserType)
  user(@Parent() invitation: Invitation, @Context() ctx: GqlContext): Promise<User> {
    return loadById(ctx.loaders, this.em, User, invitation.user.id);
  }
}
