import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { CoachingEngagementType } from '../engagement/dto/coaching-engagement.type';
import { CoachingSessionType } from './dto/coaching-session.type';
import { SessionReader } from './session-reader.service';

/** `CoachingEngagement.sessions`, added by the sessions area; the pair is checked again, whoever loaded the parent. */
@Resolver(() => CoachingEngagementType)
export class EngagementSessionsResolver {
  constructor(private readonly reader: SessionReader) {}

  @ResolveField(() => [CoachingSessionType], { description: 'The engagement’s sessions in time order.' })
  sessions(
    @Parent() engagement: CoachingEngagementType,
    @Context() ctx: GqlContext,
  ): Promise<CoachingSessionType[]> {
    return this.reader.ofEngagement(ctx.actor, engagement.id);
  }
}
