import { registerEnumType } from '@nestjs/graphql';
import { CertificateKind } from '../certificate/certificate-kind.enum';

registerEnumType(CertificateKind, {
  name: 'CertificateKind',
  description:
    'COURSE (a completed course: courseId names it) or PARTICIPATION (a completed coaching engagement; no course).',
});

export { CertificateKind };
