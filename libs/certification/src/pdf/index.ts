export { CertificatePdfRenderer } from './certificate-pdf-renderer';
export { CERTIFICATE_PDF_LOCALES } from './certificate-pdf-copy';
export type {
  CertificatePdfInput,
  CertificatePdfTemplate,
  CertificateSignatory,
} from './certificate-pdf-input';
