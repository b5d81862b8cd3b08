import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/gql-context';
import { InvitationService } from '../invitation/invitation.service';
import { UserType } from '../user/dto/user.type';
import type { User } from '../user/user.entity';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { LoginInput } from './dto/login.input';
import { AuthService, type SignedIn } from './auth.service';
import { SessionService } from './session.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationService,
    private readonly sessions: SessionService,
  ) {}

  /** Sets the new cookie, and makes the rest of this request see the signed-in person. */
  private async signIn(ctx: GqlContext, signedIn: SignedIn): Promise<User> {
    ctx.session.set(signedIn.session.token, signedIn.session.expiresAt);
    ctx.actor = await this.sessions.actorFor(signedIn.user);
    return signedIn.user;
  }

  @Mutation(() => UserType, { description: 'Signs in and sets a new session cookie.' })
  async login(
    @Args('input', { type: () => LoginInput }) input: LoginInput,
    @Context() ctx: GqlContext,
  ): Promise<User> {
    return this.signIn(ctx, await this.auth.login(input.email, input.password, ctx.ip, ctx.session.token));
  }

  @Mutation(() => Boolean, { description: 'Revokes the session and clears its cookie.' })
  async logout(@Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.logout(ctx.session.token);
    ctx.session.clear();
    return true;
  }

  @Mutation(() => UserType, { description: 'Chooses a password with an invitation link, and signs in.' })
  async acceptInvitation(
    @Args('input', { type: () => AcceptInvitationInput }) input: AcceptInvitationInput,
    @Context() ctx: GqlContext,
  ): Promise<User> {
    await this.auth.logout(ctx.session.token);
    return this.signIn(ctx, await this.invitations.accept(input.token, input.password));
  }
}
