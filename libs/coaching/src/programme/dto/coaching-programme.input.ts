import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('CoachingProgrammeInput')
export class CoachingProgrammeInput {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, not before startsOn' })
  endsOn!: string;

  @Field(() => Boolean)
  selfSignUp!: boolean;

  @Field(() => [ID], {
    description:
      'People of the programme’s institution, or platform admins (at most 20); replaces the managers.',
  })
  managerIds!: string[];
}
