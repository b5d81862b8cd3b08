import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from './localized-text.type';
import { OutlineLessonType } from './outline-lesson.type';
import { OutlineQuizType } from './outline-quiz.type';

@ObjectType('OutlineModule')
export class OutlineModuleType {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => [OutlineLessonType])
  lessons!: OutlineLessonType[];

  @Field(() => [OutlineQuizType])
  quizzes!: OutlineQuizType[];

  @Field(() => Int)
  progressPercent!: number;
}
