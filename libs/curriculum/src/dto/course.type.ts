import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { InstitutionType, UserType } from '@parity/identity';
import { CourseVisibility } from '../graphql/enums';
import { CourseChangeType } from './course-change.type';
import { CourseVersionType } from './course-version.type';

@ObjectType('Course')
export class CourseType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'In the caller’s language, with fallback.' })
  title!: string;

  @Field(() => InstitutionType)
  ownerInstitution!: InstitutionType;

  @Field(() => CourseVisibility)
  visibility!: CourseVisibility;

  @Field(() => [String])
  tags!: string[];

  @Field(() => Int, { nullable: true })
  estimatedMinutes!: number | null;

  @Field(() => String)
  defaultLocale!: string;

  @Field(() => Int)
  rev!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => [UserType])
  authors!: UserType[];

  @Field(() => CourseVersionType, {
    nullable: true,
    description: 'The open version (draft or in review), if any.',
  })
  draft!: CourseVersionType | null;

  @Field(() => CourseVersionType, { nullable: true, description: 'The latest published version.' })
  published!: CourseVersionType | null;

  @Field(() => [CourseVersionType])
  versions!: CourseVersionType[];

  @Field(() => [CourseChangeType])
  changes!: CourseChangeType[];
}
