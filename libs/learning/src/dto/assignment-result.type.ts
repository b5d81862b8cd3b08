import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AssignmentResult')
export class AssignmentResultType {
  @Field(() => Int, { description: 'Enrolments created by this call.' })
  created!: number;

  @Field(() => Int, { description: 'People who already had an active or completed enrolment in the course.' })
  alreadyEnrolled!: number;
}
