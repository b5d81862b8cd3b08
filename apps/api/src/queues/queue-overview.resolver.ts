import { Context, Query, Resolver } from '@nestjs/graphql';
import { AuthorizationService, type GqlContext } from '@parity/identity';
import { JobProducer, QueueName } from '@parity/shared/queue';
import { QueueCountsType } from './queue-counts.type';

/**
 * The queue dashboard of platform admins: how many jobs wait, run, wait for a retry or failed, per queue. Counts
 * only — job payloads carry ids, and nothing about people is shown.
 */
@Resolver()
export class QueueOverviewResolver {
  constructor(
    private readonly producer: JobProducer,
    private readonly authz: AuthorizationService,
  ) {}

  @Query(() => [QueueCountsType], { description: 'Jobs per queue and state (platform admins).' })
  async queueOverview(@Context() ctx: GqlContext): Promise<QueueCountsType[]> {
    const actor = this.authz.requireActor(ctx.actor);
    this.authz.assert(actor, 'queue.read', { institutionId: actor.institutionId });
    return Promise.all(
      Object.values(QueueName).map(async (queue) => {
        const counts = await this.producer
          .queue(queue)
          .getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
        return {
          queue,
          waiting: counts['waiting'] ?? 0,
          active: counts['active'] ?? 0,
          delayed: counts['delayed'] ?? 0,
          failed: counts['failed'] ?? 0,
          completed: counts['completed'] ?? 0,
        };
      }),
    );
  }
}
