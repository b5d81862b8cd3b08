import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { ReportSettingsService } from './report-settings.service';
import { ReportSettingsType } from './report-settings.type';
import { SetReportMinCellSizeInput } from './set-report-min-cell-size.input';

@Resolver(() => ReportSettingsType)
export class ReportSettingsResolver {
  constructor(private readonly settings: ReportSettingsService) {}

  @Query(() => ReportSettingsType, {
    description: 'An institution’s report threshold (its own admins, or platform admins).',
  })
  reportSettings(
    @Args('institutionId', { type: () => ID }) institutionId: string,
    @Context() ctx: GqlContext,
  ): Promise<ReportSettingsType> {
    return this.settings.get(ctx.actor, institutionId);
  }

  @Mutation(() => ReportSettingsType, {
    description:
      'Sets an institution’s small-cell threshold, from the platform minimum up to 100 (its own admins, or platform admins); audited.',
  })
  setReportMinCellSize(
    @Args('input', { type: () => SetReportMinCellSizeInput }) input: SetReportMinCellSizeInput,
    @Context() ctx: GqlContext,
  ): Promise<ReportSettingsType> {
    return this.settings.setMinCellSize(ctx.actor, input);
  }
}
