import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LessonType } from '../dto/lesson.type';
import { TranslationType } from '../dto/translation.type';
import type { Lesson } from '../outline/lesson.entity';
import { toTranslationList } from '../translation/translation-input.schema';

@Resolver(() => LessonType)
export class LessonFieldsResolver {
  @ResolveField('title', () => [TranslationType])
  title(@Parent() lesson: Lesson): TranslationType[] {
    return toTranslationList(lesson.title);
  }

  @ResolveField('body', () => [TranslationType])
  body(@Parent() lesson: Lesson): TranslationType[] {
    return toTranslationList(lesson.body);
  }
}
