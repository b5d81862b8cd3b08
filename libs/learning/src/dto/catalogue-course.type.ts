import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from './localized-text.type';

@ObjectType('CatalogueCourse', { description: 'A published course as a learner sees it, in their language.' })
export class CatalogueCourseType {
  @Field(() => ID, { description: 'The course’s id.' })
  id!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  summary!: LocalizedText;

  @Field(() => [String])
  tags!: string[];

  @Field(() => Int, { nullable: true })
  estimatedMinutes!: number | null;

  @Field(() => [String], { description: 'Languages the published version is offered in.' })
  locales!: string[];

  @Field(() => String)
  institutionName!: string;

  @Field(() => Boolean)
  selfEnrolment!: boolean;
}
