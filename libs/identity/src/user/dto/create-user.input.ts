import { Field, ID, InputType } from '@nestjs/graphql';
import { RankGroup, Role, Sex, StaffCategory } from '../../graphql/enums';

@InputType()
export class CreateUserInput {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => String, { nullable: true })
  locale?: string | null;

  @Field(() => String, { nullable: true })
  timeZone?: string | null;

  @Field(() => [Role], { nullable: true })
  roles?: Role[] | null;

  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;

  @Field(() => StaffCategory, { nullable: true })
  staffCategory?: StaffCategory | null;

  @Field(() => RankGroup, { nullable: true })
  rank?: RankGroup | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Send an invitation e-mail with a link to choose a password (default true).',
  })
  sendInvitation?: boolean | null;
}
