import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserType } from '@parity/identity';

@ObjectType('CourseChange')
export class CourseChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  action!: string;

  @Field(() => ID, { nullable: true })
  versionId!: string | null;

  @Field(() => UserType, { nullable: true })
  actor!: UserType | null;

  @Field(() => Date)
  createdAt!: Date;
}
