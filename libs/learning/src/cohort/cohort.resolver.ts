import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { GqlContext } from '@parity/identity';
import { CohortMemberConnectionType } from '../dto/cohort-member-connection.type';
import type { LearnerSummaryType } from '../dto/learner-summary.type';
import { CohortType } from '../dto/cohort.type';
import { asConnection } from '../keyset-page';
import { loadMemberCount } from './cohort-members.loader';
import type { Cohort } from './cohort.entity';
import { CohortService } from './cohort.service';

@Resolver(() => CohortType)
export class CohortResolver {
  constructor(
    private readonly service: CohortService,
    private readonly em: EntityManager,
  ) {}

  @Query(() => [CohortType], { description: 'An institution’s cohorts, by name.' })
  cohorts(
    @Args('institutionId', { type: () => ID }) institutionId: string,
    @Context() ctx: GqlContext,
  ): Promise<Cohort[]> {
    return this.service.list(ctx.actor, institutionId);
  }

  @Mutation(() => CohortType)
  createCohort(
    @Args('institutionId', { type: () => ID }) institutionId: string,
    @Args('name', { type: () => String }) name: string,
    @Context() ctx: GqlContext,
  ): Promise<Cohort> {
    return this.service.create(ctx.actor, { institutionId, name });
  }

  @Mutation(() => CohortType, { description: 'Adds people of the cohort’s institution (audited).' })
  addCohortMembers(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('userIds', { type: () => [ID] }) userIds: string[],
    @Context() ctx: GqlContext,
  ): Promise<Cohort> {
    return this.service.addMembers(ctx.actor, { cohortId, userIds });
  }

  @Mutation(() => CohortType, { description: 'Removes a person from the cohort (audited).' })
  removeCohortMember(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: GqlContext,
  ): Promise<Cohort> {
    return this.service.removeMember(ctx.actor, cohortId, userId);
  }

  @ResolveField('memberCount', () => Int)
  memberCount(@Parent() cohort: Cohort, @Context() ctx: GqlContext): Promise<number> {
    return loadMemberCount(ctx.loaders, this.em, cohort.id);
  }

  @ResolveField('members', () => CohortMemberConnectionType, {
    description:
      'The cohort’s members by name, paged: id and name only (who may read the cohorts may see who is in them).',
  })
  async members(
    @Parent() cohort: Cohort,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<CohortMemberConnectionType> {
    const page = await this.service.members(ctx.actor, cohort, { first, after }, ctx.loaders);
    return asConnection<LearnerSummaryType>({
      ...page,
      nodes: page.nodes.map((user) => ({ id: user.id, displayName: user.displayName })),
    });
  }
}
