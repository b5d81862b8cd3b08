import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LessonType } from './lesson.type';
import { TranslationType } from './translation.type';

@ObjectType('Module')
export class ModuleType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Int)
  rev!: number;

  @Field(() => [TranslationType])
  title!: TranslationType[];

  @Field(() => [TranslationType])
  summary!: TranslationType[];

  @Field(() => [LessonType])
  lessons!: LessonType[];
}
