import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@parity/identity';
import { EnrolmentType } from './enrolment.type';

@ObjectType('EnrolmentConnection')
export class EnrolmentConnectionType {
  @Field(() => [EnrolmentType])
  nodes!: EnrolmentType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
