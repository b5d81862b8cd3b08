import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { ProgrammeDashboardType } from './dto/programme-dashboard.type';
import { ProgrammeDashboardService } from './programme-dashboard.service';

@Resolver(() => ProgrammeDashboardType)
export class ProgrammeDashboardResolver {
  constructor(private readonly dashboards: ProgrammeDashboardService) {}

  @Query(() => ProgrammeDashboardType, {
    description: 'A programme’s aggregates (its runners): engagements by state, sessions, feedback averages.',
  })
  programmeDashboard(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeDashboardType> {
    return this.dashboards.dashboard(ctx.actor, programmeId);
  }
}
