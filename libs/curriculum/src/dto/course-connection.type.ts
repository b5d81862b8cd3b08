import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@parity/identity';
import { CourseType } from './course.type';

@ObjectType('CourseConnection')
export class CourseConnectionType {
  @Field(() => [CourseType])
  nodes!: CourseType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
