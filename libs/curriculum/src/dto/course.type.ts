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

  @Field(() => Boolean, { description: 'Learners may enrol themselves (otherwise they are assigned).' })
  selfEnrolment!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Completion also needs at least this many minutes spent in the course’s lessons.',
  })
  completionMinimumMinutes!: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the course was archived (out of the catalogue, no new enrolments).',
  })
  archivedAt!: Date | null;

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
