import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ImportPeopleInput {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => String, {
    description: 'CSV text with a header row: email,display_name,unit,sex,staff_category,rank,locale,roles',
  })
  csv!: string;

  @Field(() => Boolean, { nullable: true, description: 'Check only: report problems, write nothing.' })
  dryRun?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  sendInvitations?: boolean | null;
}
