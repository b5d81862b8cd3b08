import { Role } from '../role.enum';
import { everyRole, type OperationRule } from '../whose';

/**
 * Certification. A certificate's "whose" is its issuing institution (the course's owner), never its holder: the
 * holder reads their own through `myCertificates`, and the public sees only `verifyCertificate` (a public field).
 */
export const CERTIFICATION_ROWS = {
  'certificate.own': {
    description:
      'Read one’s own certificates (also GET /certificates/:id/pdf and badge) and dismiss their notices',
    rootFields: ['myCertificates', 'dismissCertificateNotice'],
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
  'certificate.reissue': {
    description: 'Replace a revoked certificate with a new one (audited), once',
    rootFields: ['reissueCertificate'],
    allow: { [Role.INSTITUTION_ADMIN]: ['institution'], [Role.PLATFORM_ADMIN]: ['institution', 'other'] },
  },
  'certificate.template': {
    description: 'Read and save an institution’s certificate templates (logo, colours, signatories; audited)',
    rootFields: ['certificateTemplates', 'saveCertificateTemplate'],
    allow: { [Role.INSTITUTION_ADMIN]: ['institution'], [Role.PLATFORM_ADMIN]: ['institution', 'other'] },
  },
  'course.certification': {
    description: 'Read and set a course’s certificate template and validity (audited)',
    rootFields: ['courseCertification', 'setCourseCertification'],
    allow: {
      [Role.TRAINER]: ['institution'],
      [Role.INSTITUTION_ADMIN]: ['institution'],
      [Role.PLATFORM_ADMIN]: ['institution', 'other'],
    },
  },
} satisfies Record<string, OperationRule>;
