import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/gql-context';
import { EmailStatus } from '../graphql/enums';
import { EmailMessageConnectionType } from './dto/email-message-connection.type';
import { EmailOutboxQueryService } from './email-outbox-query.service';

@Resolver()
export class EmailOutboxResolver {
  constructor(private readonly outbox: EmailOutboxQueryService) {}

  @Query(() => EmailMessageConnectionType, {
    description: 'The e-mail outbox of the caller’s institution(s): sent, failed, kept; newest first.',
  })
  emailMessages(
    @Context() ctx: GqlContext,
    @Args('institutionId', { type: () => ID, nullable: true }) institutionId?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('status', { type: () => EmailStatus, nullable: true }) status?: EmailStatus | null,
    @Args('search', { type: () => String, nullable: true, description: 'In the recipient and the subject.' })
    search?: string | null,
  ): Promise<EmailMessageConnectionType> {
    return this.outbox.list(ctx.actor, { institutionId, first, after, status, search });
  }
}
