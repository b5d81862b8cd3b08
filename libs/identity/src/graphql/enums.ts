import { registerEnumType } from '@nestjs/graphql';
import { EmailStatus } from '@parity/shared/mail';
import { ProblemCode } from '@parity/shared/errors';
import { Role } from '../authz/role.enum';
import { RankGroup, Sex, StaffCategory, UserStatus } from '../user/person-attributes.enum';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Sex, { name: 'Sex' });
registerEnumType(StaffCategory, { name: 'StaffCategory' });
registerEnumType(RankGroup, {
  name: 'RankGroup',
  description: 'NATO rank groups: OF-6+, OF-3..5, OF-1..2, OR-5..9, OR-1..4',
});
registerEnumType(UserStatus, { name: 'UserStatus' });
registerEnumType(EmailStatus, { name: 'EmailStatus' });
registerEnumType(ProblemCode, {
  name: 'ProblemCode',
  description: 'Field-level problem codes (BAD_USER_INPUT problems, CSV import problems)',
});

export { Role, Sex, StaffCategory, RankGroup, UserStatus, EmailStatus, ProblemCode };
