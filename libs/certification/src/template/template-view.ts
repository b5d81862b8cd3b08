import type { CertificateTemplateType } from '../dto/certificate-template.type';
import type { CertificateTemplate } from './certificate-template.entity';

export const templateView = (template: CertificateTemplate): CertificateTemplateType => ({
  id: template.id,
  institutionId: template.institution.id,
  name: template.name,
  primaryColor: template.primaryColor,
  accentColor: template.accentColor,
  hasLogo: template.logoKey !== null,
  signatories: template.signatories,
  isDefault: template.isDefault,
});
