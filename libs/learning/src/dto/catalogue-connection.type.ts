import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@parity/identity';
import { CatalogueCourseType } from './catalogue-course.type';

@ObjectType('CatalogueConnection')
export class CatalogueConnectionType {
  @Field(() => [CatalogueCourseType])
  nodes!: CatalogueCourseType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
