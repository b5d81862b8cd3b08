import { Certificate } from './certificate/certificate.entity';
import { CertificateTemplate } from './template/certificate-template.entity';
import { CourseCertification } from './template/course-certification.entity';

export const CERTIFICATION_ENTITIES = [Certificate, CertificateTemplate, CourseCertification];
