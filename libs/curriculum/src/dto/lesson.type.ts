import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TranslationType } from './translation.type';

@ObjectType('Lesson')
export class LessonType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Int, { description: 'Revision: send it back as expectedRev when saving.' })
  rev!: number;

  @Field(() => [TranslationType])
  title!: TranslationType[];

  @Field(() => [TranslationType], { description: 'Sanitised HTML per language.' })
  body!: TranslationType[];

  @Field(() => String, { nullable: true })
  videoUrl!: string | null;

  @Field(() => Int, { nullable: true })
  estimatedMinutes!: number | null;
}
