import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserStatus } from '../../graphql/enums';
import { InstitutionType } from '../../organisation/dto/institution.type';
import { UnitType } from '../../organisation/dto/unit.type';
import { PersonalAttributesType } from './personal-attributes.type';
import { RoleAssignmentType } from './role-assignment.type';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  locale!: string;

  @Field(() => String)
  timeZone!: string;

  @Field(() => UserStatus)
  status!: UserStatus;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => InstitutionType)
  institution!: InstitutionType;

  @Field(() => UnitType, { nullable: true })
  unit!: UnitType | null;

  @Field(() => [RoleAssignmentType])
  roles!: RoleAssignmentType[];

  @Field(() => PersonalAttributesType, {
    nullable: true,
    description:
      'Null, with a FORBIDDEN error at this path, for anyone but the person and their authorised admins.',
  })
  personal!: PersonalAttributesType | null;
}
