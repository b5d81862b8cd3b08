import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { VersionStatus } from '../graphql/enums';
import { LocaleCompletenessType } from './locale-completeness.type';
import { ModuleType } from './module.type';
import { TranslationType } from './translation.type';

@ObjectType('CourseVersion')
export class CourseVersionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => VersionStatus)
  status!: VersionStatus;

  @Field(() => Int)
  rev!: number;

  @Field(() => [TranslationType])
  title!: TranslationType[];

  @Field(() => [TranslationType])
  summary!: TranslationType[];

  @Field(() => [String], { description: 'The languages it is published in (complete ones).' })
  locales!: string[];

  @Field(() => [LocaleCompletenessType])
  completeness!: LocaleCompletenessType[];

  @Field(() => [ModuleType])
  modules!: ModuleType[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true })
  reviewNote!: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the published content.' })
  snapshotHash!: string | null;
}
