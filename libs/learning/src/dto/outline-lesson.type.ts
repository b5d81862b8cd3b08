import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from './localized-text.type';

@ObjectType('OutlineLesson')
export class OutlineLessonType {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => Int, { nullable: true })
  estimatedMinutes!: number | null;

  @Field(() => Boolean)
  completed!: boolean;

  @Field(() => Boolean)
  started!: boolean;
}
