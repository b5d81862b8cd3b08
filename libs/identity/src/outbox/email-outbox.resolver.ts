import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/gql-context';
import { EmailMessageConnectionType } from './dto/email-message-connection.type';
import { EmailOutboxQueryService } from './email-outbox-query.service';

@Resolver()
export class EmailOutboxResolver {
  constructor(private readonly outbox: EmailOutboxQueryService) {}

  @Query(() => EmailMessageConnectionType)
  emailMessages(
    @Context() ctx: GqlContext,
    @Args('institutionId', { type: () => ID, nullable: true }) institutionId?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EmailMessageConnectionType> {
    return this.outbox.list(ctx.actor, { institutionId, first, after });
  }
}
