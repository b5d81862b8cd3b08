import { registerEnumType } from '@nestjs/graphql';
import { EnrolmentSource } from '../enrolment/enrolment-source.enum';
import { EnrolmentStatus } from '../enrolment/enrolment-status.enum';

registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });
registerEnumType(EnrolmentSource, { name: 'EnrolmentSource' });

export { EnrolmentStatus, EnrolmentSource };
