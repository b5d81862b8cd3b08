import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('CourseCertificationInput')
export class CourseCertificationInput {
  @Field(() => ID)
  courseId!: string;

  @Field(() => ID, { nullable: true })
  templateId?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 120; null: certificates do not expire.' })
  validityMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '7 to 365 (default 60).' })
  renewalLeadDays?: number | null;
}
