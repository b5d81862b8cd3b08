import { Field, ID, InputType } from '@nestjs/graphql';
import { CourseVisibility } from '../graphql/enums';
import { TranslationInput } from './translation.input';

@InputType()
export class CreateQuestionBankInput {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => [TranslationInput])
  name!: TranslationInput[];

  @Field(() => CourseVisibility, { nullable: true })
  visibility?: CourseVisibility | null;

  @Field(() => [String], { nullable: true })
  categories?: string[] | null;
}
