import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { GqlContext } from '@parity/identity';
import { CohortType } from '../dto/cohort.type';
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
    const loader = ctx.loaders.get<string, number>('Learning.cohortMemberCount', async (ids) => {
      const marks = ids.map(() => '?').join(', ');
      const rows = await this.em.execute<{ cohort_id: string; count: string }[]>(
        `select cohort_id, count(*) as count from cohort_member where cohort_id in (${marks}) group by cohort_id`,
        [...ids],
      );
      return ids.map((id) => Number(rows.find((row) => row.cohort_id === id)?.count ?? 0));
    });
    return loader.load(cohort.id);
  }
}
