import { Field, ObjectType } from '@nestjs/graphql';
import { Role } from '../../graphql/enums';
import { InstitutionType } from '../../organisation/dto/institution.type';

@ObjectType('RoleAssignment')
export class RoleAssignmentType {
  @Field(() => Role)
  role!: Role;

  @Field(() => InstitutionType)
  institution!: InstitutionType;
}
