import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@parity/identity';
import { CoachingProgrammeType } from './coaching-programme.type';

@ObjectType('CoachingProgrammeConnection')
export class CoachingProgrammeConnectionType {
  @Field(() => [CoachingProgrammeType])
  nodes!: CoachingProgrammeType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
