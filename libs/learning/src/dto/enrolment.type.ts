import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EnrolmentSource, EnrolmentStatus } from '../graphql/enums';

@ObjectType('Enrolment', { description: 'A person’s enrolment in one published version of a course.' })
export class EnrolmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => EnrolmentStatus)
  status!: EnrolmentStatus;

  @Field(() => EnrolmentSource)
  source!: EnrolmentSource;

  @Field(() => Boolean)
  mandatory!: boolean;

  @Field(() => Date, { nullable: true })
  dueAt!: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;
}
