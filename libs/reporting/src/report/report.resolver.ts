import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { isLocale } from '@parity/curriculum';
import type { GqlContext } from '@parity/identity';
import { ReportInputType } from '../dto/report.input';
import { ReportType } from '../dto/report.type';
import { ReportService } from './report.service';

@Resolver(() => ReportType)
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => ReportType, {
    description:
      'An aggregate report (institution admins: their institution; platform admins: the region). Small cells are suppressed; audited.',
  })
  report(
    @Args('input', { type: () => ReportInputType }) input: ReportInputType,
    @Context() ctx: GqlContext,
  ): Promise<ReportType> {
    const locale = input.locale ?? (ctx.locale && isLocale(ctx.locale) ? ctx.locale : null);
    return this.reports.run(ctx.actor, { ...input, locale });
  }
}
