import { Field, ObjectType } from '@nestjs/graphql';
import { RankGroup, Sex, StaffCategory } from '../../graphql/enums';

@ObjectType('PersonalAttributes', {
  description:
    'Sensitive attributes for sex-disaggregated reporting: readable by the person and by authorised admins only.',
})
export class PersonalAttributesType {
  @Field(() => Sex, { nullable: true })
  sex!: Sex | null;

  @Field(() => StaffCategory, { nullable: true })
  staffCategory!: StaffCategory | null;

  @Field(() => RankGroup, { nullable: true })
  rank!: RankGroup | null;
}
