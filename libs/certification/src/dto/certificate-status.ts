import { registerEnumType } from '@nestjs/graphql';
import { CertificateStatus } from '../certificate/certificate-status.enum';

registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: 'VALID, EXPIRED (past its expiry date) or REVOKED (by an admin, with a reason).',
});

export { CertificateStatus };
