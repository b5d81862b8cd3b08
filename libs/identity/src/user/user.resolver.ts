import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/gql-context';
import { InvitationType } from '../invitation/dto/invitation.type';
import type { Invitation } from '../invitation/invitation.entity';
import { CreateUserInput } from './dto/create-user.input';
import { RoleInput } from './dto/role.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UserConnectionType } from './dto/user-connection.type';
import { UserType } from './dto/user.type';
import { RoleService } from './role.service';
import { UserQueryService } from './user-query.service';
import { UserService } from './user.service';
import type { User } from './user.entity';

@Resolver(() => UserType)
export class UserResolver {
  constructor(
    private readonly people: UserService,
    private readonly queries: UserQueryService,
    private readonly roles: RoleService,
  ) {}

  @Query(() => UserConnectionType)
  async users(
    @Context() ctx: GqlContext,
    @Args('institutionId', { type: () => ID, nullable: true }) institutionId?: string | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<UserConnectionType> {
    const page = await this.queries.list(ctx.actor, { institutionId, search, first, after });
    return {
      nodes: page.nodes as unknown as UserType[],
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      totalCount: page.totalCount,
    };
  }

  @Query(() => UserType)
  user(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<User> {
    return this.queries.get(ctx.actor, id);
  }

  @Mutation(() => UserType)
  createUser(
    @Args('input', { type: () => CreateUserInput }) input: CreateUserInput,
    @Context() ctx: GqlContext,
  ): Promise<User> {
    return this.people.create(ctx.actor, input);
  }

  @Mutation(() => UserType)
  updateUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => UpdateUserInput }) input: UpdateUserInput,
    @Context() ctx: GqlContext,
  ): Promise<User> {
    return this.people.update(ctx.actor, id, input);
  }

  @Mutation(() => InvitationType)
  inviteUser(
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: GqlContext,
  ): Promise<Invitation> {
    return this.people.invite(ctx.actor, userId);
  }

  @Mutation(() => UserType)
  assignRole(
    @Args('input', { type: () => RoleInput }) input: RoleInput,
    @Context() ctx: GqlContext,
  ): Promise<User> {
    return this.roles.assign(ctx.actor, input);
  }

  @Mutation(() => UserType)
  revokeRole(
    @Args('input', { type: () => RoleInput }) input: RoleInput,
    @Context() ctx: GqlContext,
  ): Promise<User> {
    return this.roles.revoke(ctx.actor, input);
  }
}
