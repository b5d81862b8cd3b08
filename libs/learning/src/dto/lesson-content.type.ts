import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LessonFileType } from '@parity/curriculum';
import { LocalizedText } from './localized-text.type';

@ObjectType('LessonContent', { description: 'A lesson of the enrolled version, for the lesson player.' })
export class LessonContentType {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'Sanitised HTML.' })
  body!: LocalizedText;

  @Field(() => String, { nullable: true })
  videoUrl!: string | null;

  @Field(() => [LessonFileType], { description: 'Files to download, in the author’s order.' })
  files!: LessonFileType[];

  @Field(() => Boolean)
  completed!: boolean;

  @Field(() => Int)
  secondsSpent!: number;

  @Field(() => ID, { nullable: true })
  previousLessonId!: string | null;

  @Field(() => ID, { nullable: true })
  nextLessonId!: string | null;
}
