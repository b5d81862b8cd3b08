import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../graphql/page-info.type';
import { UserType } from './user.type';

@ObjectType('UserConnection')
export class UserConnectionType {
  @Field(() => [UserType])
  nodes!: UserType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
