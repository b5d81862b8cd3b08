import { CertificateIssuingModule } from '@parity/certification';
import { ReconcileCertificatesHandler } from './reconcile-certificates.handler';
import { RenewCertificatesHandler } from './renew-certificates.handler';

/** Certificate jobs (the reconciliation and renewal sweeps) and the module they need; owned by the certification work. */
export const CERTIFICATE_HANDLERS: (new (...args: never[]) => object)[] = [
  ReconcileCertificatesHandler,
  RenewCertificatesHandler,
];
export const CERTIFICATE_JOB_IMPORTS: (new (...args: never[]) => object)[] = [CertificateIssuingModule];
