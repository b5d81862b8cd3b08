import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserType } from '../../user/dto/user.type';

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}
