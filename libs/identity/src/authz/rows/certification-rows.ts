import { Role } from '../role.enum';
import { everyRole, type OperationRule } from '../whose';

/**
 * Certification. A certificate's "whose" is its issuing institution (the course's owner), never its holder: the
 * holder reads their own through `myCertificates`, and the public sees only `verifyCertificate` (a public field).
 */
export const CERTIFICATION_ROWS = {
  'certificate.own': {
    description: 'Read one’s own certificates',
    rootFields: ['myCertificates'],
    allow: everyRole(['own']),
  },
  'certificate.read': {
    description: 'List and search the certificates an institution issued',
    rootFields: ['certificates'],
    allow: { [Role.INSTITUTION_ADMIN]: ['institution'], [Role.PLATFORM_ADMIN]: ['institution', 'other'] },
  },
  'certificate.revoke': {
    description: 'Revoke a certificate the institution issued, with a reason (audited)',
    rootFields: ['revokeCertificate'],
    allow: { [Role.INSTITUTION_ADMIN]: ['institution'], [Role.PLATFORM_ADMIN]: ['institution', 'other'] },
  },
} satisfies Record<string, OperationRule>;
