import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@parity/identity';
import { QuestionBankType } from './question-bank.type';

@ObjectType('QuestionBankConnection')
export class QuestionBankConnectionType {
  @Field(() => [QuestionBankType])
  nodes!: QuestionBankType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
