import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApplicationStatus } from '../../graphql/enums';
import { PersonRefType } from '../../graphql/person-ref.type';

@ObjectType('CoachingProgramme', {
  description: 'One cycle of the Gender Coach Programme of an institution: dates, managers, self-sign-up.',
})
export class CoachingProgrammeType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  institutionId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  endsOn!: string;

  @Field(() => Boolean, { description: 'Coachees may apply themselves; a manager decides each application.' })
  selfSignUp!: boolean;

  @Field(() => [PersonRefType])
  managers!: PersonRefType[];

  @Field(() => Boolean, {
    description:
      'The caller runs this programme: one of its managers, an admin of its institution or a platform admin.',
  })
  iManage!: boolean;

  @Field(() => ApplicationStatus, { nullable: true, description: 'The caller’s own application, if any.' })
  myApplication!: ApplicationStatus | null;
}
