import { CertificateIssuingModule } from '@parity/certification';
import { ReconcileCertificatesHandler } from './reconcile-certificates.handler';

/** Certificate jobs (the reconciliation sweep) and the module they need; owned by the certification work. */
export const CERTIFICATE_HANDLERS: (new (...args: never[]) => object)[] = [ReconcileCertificatesHandler];
export const CERTIFICATE_JOB_IMPORTS: (new (...args: never[]) => object)[] = [CertificateIssuingModule];
