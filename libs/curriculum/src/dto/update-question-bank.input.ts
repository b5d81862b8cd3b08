import { Field, InputType, Int } from '@nestjs/graphql';
import { CourseVisibility } from '../graphql/enums';
import { TranslationInput } from './translation.input';

@InputType()
export class UpdateQuestionBankInput {
  @Field(() => Int)
  expectedRev!: number;

  @Field(() => [TranslationInput], { nullable: true })
  name?: TranslationInput[] | null;

  @Field(() => CourseVisibility, { nullable: true })
  visibility?: CourseVisibility | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The whole list; a category still used by a question cannot be removed.',
  })
  categories?: string[] | null;
}
