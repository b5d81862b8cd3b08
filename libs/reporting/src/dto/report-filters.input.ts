import { Field, ID, InputType } from '@nestjs/graphql';
import { GraphQLISODateTime } from '@nestjs/graphql';
import { RankGroup, Sex, StaffCategory } from '@parity/identity';

@InputType('ReportFiltersInput', {
  description: 'Each list restricts to its values (empty: no restriction).',
})
export class ReportFiltersInput {
  @Field(() => [Sex], { nullable: true })
  sexes?: Sex[] | null;

  @Field(() => [StaffCategory], { nullable: true })
  staffCategories?: StaffCategory[] | null;

  @Field(() => [RankGroup], { nullable: true })
  rankGroups?: RankGroup[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Institutions; an institution admin may name only their own (FORBIDDEN otherwise).',
  })
  institutionIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Units, each with all its sub-units.' })
  unitIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Country codes (ISO 3166-1 alpha-2).' })
  countryCodes?: string[] | null;

  @Field(() => [ID], { nullable: true })
  courseIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Learner languages (en, bs, hr, sr-Latn, …).' })
  locales?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Quiz measures only: these quizzes.' })
  quizIds?: string[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Inclusive start of the measure’s date.' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Exclusive end of the measure’s date.' })
  to?: Date | null;
}
