import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApplicationStatus } from '../../graphql/enums';
import { PersonRefType } from '../../graphql/person-ref.type';

@ObjectType('ProgrammeApplication', { description: 'A coachee’s self-sign-up to a programme.' })
export class ProgrammeApplicationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => PersonRefType)
  person!: PersonRefType;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field(() => Date)
  createdAt!: Date;
}
