import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CourseVisibility } from '../graphql/enums';
import { TranslationInput } from './translation.input';

@InputType()
export class CreateCourseInput {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => String, { description: 'The language the authors write in first.' })
  defaultLocale!: string;

  @Field(() => [TranslationInput])
  title!: TranslationInput[];

  @Field(() => [TranslationInput], { nullable: true })
  summary?: TranslationInput[] | null;

  @Field(() => CourseVisibility, { nullable: true })
  visibility?: CourseVisibility | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => Int, { nullable: true })
  estimatedMinutes?: number | null;
}
