import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/gql-context';
import { ChangeMyPasswordInput } from './dto/change-my-password.input';
import { UpdateMyProfileInput } from './dto/update-my-profile.input';
import { UserType } from './dto/user.type';
import { ProfileService } from './profile.service';
import type { User } from './user.entity';

@Resolver()
export class ProfileResolver {
  constructor(private readonly profiles: ProfileService) {}

  @Query(() => UserType, { nullable: true, description: 'The signed-in person, or null.' })
  me(@Context() ctx: GqlContext): Promise<User | null> {
    return this.profiles.me(ctx.actor);
  }

  @Mutation(() => UserType)
  updateMyProfile(
    @Args('input', { type: () => UpdateMyProfileInput }) input: UpdateMyProfileInput,
    @Context() ctx: GqlContext,
  ): Promise<User> {
    return this.profiles.update(ctx.actor, input);
  }

  @Mutation(() => Boolean)
  changeMyPassword(
    @Args('input', { type: () => ChangeMyPasswordInput }) input: ChangeMyPasswordInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.profiles.changePassword(ctx.actor, input.currentPassword, input.newPassword);
  }
}
