import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EmailStatus } from '../../graphql/enums';

@ObjectType('EmailMessage')
export class EmailMessageType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => String)
  toAddress!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => EmailStatus)
  status!: EmailStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Kept until delivered over SMTP; always kept without SMTP.',
  })
  textBody!: string | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;
}
