import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { GqlContext } from '@parity/identity';
import { EnrolmentType } from '../dto/enrolment.type';
import { OutlineQuizType } from '../dto/outline-quiz.type';
import type { Enrolment } from '../enrolment/enrolment.entity';
import { quizStanding } from '../enrolment/enrolment-view';
import { callerLocale } from '../locale/caller-locale';
import { EnrolmentAdminService } from './enrolment-admin.service';

@Resolver(() => EnrolmentType)
export class EnrolmentAdminResolver {
  constructor(
    private readonly admin: EnrolmentAdminService,
    private readonly em: EntityManager,
  ) {}

  @Mutation(() => EnrolmentType, { description: 'Ends a person’s enrolment (audited); completed ones stay.' })
  withdrawEnrolment(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<Enrolment> {
    return this.admin.withdraw(ctx.actor, id);
  }

  @Mutation(() => EnrolmentType, {
    description: 'Sets a later due date (audited); an expired enrolment reopens.',
  })
  extendEnrolmentDeadline(
    @Args('id', { type: () => ID }) id: string,
    @Args('dueAt', { type: () => Date }) dueAt: Date,
    @Context() ctx: GqlContext,
  ): Promise<Enrolment> {
    return this.admin.extendDeadline(ctx.actor, id, dueAt);
  }

  @Mutation(() => OutlineQuizType, { description: 'One more attempt at a quiz, beyond its limit (audited).' })
  async grantExtraAttempt(
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('quizId', { type: () => ID }) quizId: string,
    @Context() ctx: GqlContext,
  ): Promise<OutlineQuizType> {
    const { enrolment, quiz, outcome } = await this.admin.grantExtraAttempt(ctx.actor, enrolmentId, quizId);
    return quizStanding(enrolment.id, quiz, outcome, await callerLocale(ctx, this.em));
  }
}
