import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../graphql/page-info.type';
import { EmailMessageType } from './email-message.type';

@ObjectType('EmailMessageConnection')
export class EmailMessageConnectionType {
  @Field(() => [EmailMessageType])
  nodes!: EmailMessageType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
