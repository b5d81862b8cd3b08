import { Field, ID, InputType } from '@nestjs/graphql';
import { RankGroup, Sex, StaffCategory, UserStatus } from '../../graphql/enums';

@InputType({ description: 'Omitted fields stay as they are; null clears unit, sex, staff category or rank.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;

  @Field(() => StaffCategory, { nullable: true })
  staffCategory?: StaffCategory | null;

  @Field(() => RankGroup, { nullable: true })
  rank?: RankGroup | null;

  @Field(() => UserStatus, { nullable: true })
  status?: UserStatus | null;
}
