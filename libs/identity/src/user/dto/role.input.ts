import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '../../graphql/enums';

@InputType()
export class RoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID)
  institutionId!: string;
}
